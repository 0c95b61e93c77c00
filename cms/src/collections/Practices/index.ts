import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'
import { gcmObjectiveCount } from '@mahjar/shared/gcm'
import { enumLabels } from '@mahjar/shared/i18n'
import { actorTypes } from '@mahjar/shared/schemas/practices'
import { textLimits } from '@mahjar/shared/schemas/common'
import { choice, countries, summary, themes, title } from '../../fields/common.ts'
import { slug } from '../../fields/identifiers.ts'
import { linkList } from '../../fields/links.ts'
import { numeric } from '../../fields/numbers.ts'
import { markdown } from '../../fields/richText.ts'
import { localizedText } from '../../fields/text.ts'
import { message } from '../../i18n/messages.ts'
import { redirectOldSlug } from '../../hooks/redirectOldSlug.ts'
import { groups } from '../groups.ts'
import { publishable } from '../publishable.ts'

/** The site's words for each type of actor (shared/src/i18n), the same in the admin. */
const actorTypeLabels = enumLabels('actorType', actorTypes)

const periodEnd: NumberFieldSingleValidation = (value, args) => {
  const start = (args.siblingData as { start?: unknown }).start
  return typeof value === 'number' && typeof start === 'number' && value < start
    ? message(args.req, 'endYearBeforeStart')
    : true
}

export const Practices: CollectionConfig = publishable({
  slug: 'practices',
  labels: {
    singular: { ar: 'ممارسة', en: 'Practice' },
    plural: { ar: 'الممارسات الجيدة', en: 'Practices' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'actorType'],
    group: groups.directory,
  },
  hooks: { beforeChange: [redirectOldSlug('practices')] },
  fields: [
    slug('practices'),
    title(),
    summary(),
    markdown({ name: 'body', label: { ar: 'النص', en: 'Body' }, required: true }),
    countries({ required: true }),
    localizedText({ name: 'city', label: { ar: 'المدينة', en: 'City' }, max: textLimits.name }),
    localizedText({
      name: 'actor',
      label: { ar: 'الجهة المنفذة', en: 'Implementing actor' },
      max: textLimits.title,
      required: true,
    }),
    choice({
      name: 'actorType',
      label: { ar: 'نوع الجهة', en: 'Actor type' },
      values: actorTypes,
      labels: actorTypeLabels,
    }),
    localizedText({
      name: 'submitter',
      label: { ar: 'الجهة المقدِّمة', en: 'Submitter' },
      max: textLimits.title,
    }),
    localizedText({
      name: 'mechanism',
      label: { ar: 'آلية المصدر', en: 'Source mechanism' },
      max: textLimits.title,
      description: {
        ar: 'مثل آلية العُمد في المنتدى العالمي للهجرة والتنمية.',
        en: 'E.g. the GFMD Mayors Mechanism.',
      },
    }),
    {
      name: 'period',
      type: 'group',
      label: { ar: 'الفترة', en: 'Period' },
      fields: [
        {
          type: 'row',
          fields: [
            numeric({
              name: 'start',
              label: { ar: 'سنة البداية', en: 'Start year' },
              min: 1900,
              max: 2999,
            }),
            numeric({
              name: 'end',
              label: { ar: 'سنة النهاية', en: 'End year' },
              min: 1900,
              max: 2999,
              also: periodEnd,
            }),
          ],
        },
      ],
    },
    themes(),
    numeric({
      name: 'gcmObjectives',
      label: { ar: 'أهداف الاتفاق العالمي للهجرة', en: 'Global Compact for Migration objectives' },
      min: 1,
      max: gcmObjectiveCount,
      hasMany: true,
      description: { ar: 'من 1 إلى 23.', en: '1 to 23.' },
      sidebar: true,
    }),
    linkList('links', { ar: 'الروابط', en: 'Links' }, { ar: 'رابط', en: 'Link' }),
  ],
})
