import type { CheckboxField, CollectionConfig } from 'payload'
import { enumLabels } from '@mahjar/shared/i18n'
import { storyKinds } from '@mahjar/shared/schemas/stories'
import { textLimits } from '@mahjar/shared/schemas/common'
import { authorReadable, authorWritable } from '../../access/predicates.ts'
import { kind, summary, title } from '../../fields/common.ts'
import { day } from '../../fields/dates.ts'
import { slug } from '../../fields/identifiers.ts'
import { linkList } from '../../fields/links.ts'
import { relation } from '../../fields/relation.ts'
import { labelledValue } from '../../fields/numbers.ts'
import { markdown } from '../../fields/richText.ts'
import { localizedText } from '../../fields/text.ts'
import { message } from '../../i18n/messages.ts'
import { redirectOldSlug } from '../../hooks/redirectOldSlug.ts'
import { groups } from '../groups.ts'
import { publishable } from '../publishable.ts'
import {
  forgetAuthor,
  keepNameWhenLeftOut,
  placeAuthor,
  placeNewStoryAuthor,
  showAuthorToEditors,
} from './hooks/authorApart.ts'

/** The site's words for each kind (shared/src/i18n), the same in the admin. */
const kindLabels = enumLabels('storyKind', storyKinds)

/** Published stories need the teller's consent (drafts may wait for it). */
const consentGiven: CheckboxField['validate'] = (value, args) =>
  value === true ? true : message(args.req, 'consent')

export const Stories: CollectionConfig = publishable({
  slug: 'stories',
  labels: {
    singular: { ar: 'قصة', en: 'Story' },
    plural: { ar: 'القصص', en: 'Stories' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedOn'],
    group: groups.directory,
  },
  hooks: {
    beforeChange: [redirectOldSlug('stories')],
    // The name of an anonymous story's teller is stored apart (hooks/authorApart.ts).
    afterChange: [placeNewStoryAuthor],
    afterRead: [showAuthorToEditors],
    beforeDelete: [forgetAuthor],
  },
  fields: [
    slug('stories'),
    kind(storyKinds, kindLabels),
    title(),
    summary(),
    markdown({ name: 'body', label: { ar: 'النص', en: 'Body' }, required: true }),
    relation({
      name: 'country',
      label: { ar: 'البلد', en: 'Country' },
      relationTo: 'countries',
      sidebar: true,
    }),
    relation({
      name: 'campaignEdition',
      label: { ar: 'دورة الحملة', en: 'Campaign edition' },
      relationTo: 'campaign-editions',
      sidebar: true,
    }),
    {
      name: 'outcomes',
      type: 'array',
      label: { ar: 'النتائج المقيسة', en: 'Measured outcomes' },
      labels: {
        singular: { ar: 'نتيجة', en: 'Outcome' },
        plural: { ar: 'النتائج', en: 'Outcomes' },
      },
      fields: [
        ...labelledValue(),
        localizedText({ name: 'unit', label: { ar: 'الوحدة', en: 'Unit' }, max: textLimits.unit }),
      ],
    },
    linkList('sources', { ar: 'المصادر', en: 'Sources' }, { ar: 'مصدر', en: 'Source' }),
    {
      ...localizedText({
        name: 'author',
        label: { ar: 'الكاتب كما يُعرض', en: 'Author (as shown)' },
        max: textLimits.name,
        description: {
          ar: 'يظهر إلا إذا كانت القصة مجهولة المصدر؛ عندها يُحفظ الاسم منفصلًا عن القصة ولا يخرج من لوحة الإدارة أبدًا، ولا يراه إلا المحررون والمديرون.',
          en: 'Shown as the byline unless anonymous; then the name is stored apart from the story, never leaves the admin, and only editors and admins see it.',
        },
      }),
      // Not in REST for readers, nor in the snapshot (which reads as an anonymous reader), so not
      // in open data, feeds, search or pages; and for an anonymous story not even in the story's
      // row or versions (hooks/authorApart.ts).
      access: { read: authorReadable, update: authorWritable },
      hooks: { beforeValidate: [keepNameWhenLeftOut], beforeChange: [placeAuthor] },
    },
    {
      name: 'anonymous',
      type: 'checkbox',
      label: { ar: 'دون ذكر الاسم', en: 'Anonymous' },
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'consent',
      type: 'checkbox',
      label: { ar: 'وافق صاحب القصة على النشر', en: 'The teller consented to publication' },
      defaultValue: false,
      admin: { position: 'sidebar' },
      validate: consentGiven,
    },
    day({
      name: 'publishedOn',
      label: { ar: 'تاريخ النشر', en: 'Publication date' },
      overrides: { admin: { position: 'sidebar' } },
    }),
  ],
})
