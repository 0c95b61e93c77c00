import type { CollectionConfig } from 'payload'
import { localeCodes, locales } from '@mahjar/shared/locales'
import { textLimits } from '@mahjar/shared/schemas/common'
import { countries, themes, title } from '../../fields/common.ts'
import { day } from '../../fields/dates.ts'
import { slug } from '../../fields/identifiers.ts'
import { numeric } from '../../fields/numbers.ts'
import { markdown } from '../../fields/richText.ts'
import { localizedText } from '../../fields/text.ts'
import { redirectOldSlug } from '../../hooks/redirectOldSlug.ts'
import { groups } from '../groups.ts'
import { publishable } from '../publishable.ts'
import { notAbove } from './validateMethodology.ts'
import { chapterKey, uniqueChapterKeys } from './validateChapters.ts'

export const Reports: CollectionConfig = publishable({
  slug: 'reports',
  labels: {
    singular: { ar: 'تقرير', en: 'Report' },
    plural: { ar: 'التقارير', en: 'Reports' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'publishedOn'],
    group: groups.research,
  },
  hooks: { beforeChange: [redirectOldSlug('reports')] },
  fields: [
    slug('reports'),
    title(),
    localizedText({
      name: 'subtitle',
      label: { ar: 'العنوان الفرعي', en: 'Subtitle' },
      max: textLimits.subtitle,
    }),
    markdown({ name: 'summary', label: { ar: 'الملخص', en: 'Summary' }, required: true }),
    localizedText({
      name: 'publisher',
      label: { ar: 'الناشر', en: 'Publisher' },
      max: textLimits.title,
      required: true,
    }),
    day({ name: 'publishedOn', label: { ar: 'تاريخ النشر', en: 'Publication date' } }),
    {
      name: 'originalLanguage',
      type: 'select',
      label: { ar: 'اللغة الأصلية', en: 'Original language' },
      required: true,
      options: localeCodes.map((code) => ({ value: code, label: locales[code].label })),
    },
    localizedText({
      name: 'translationNote',
      label: { ar: 'ملاحظة الترجمة', en: 'Translation note' },
      max: textLimits.paragraph,
      multiline: true,
      description: {
        ar: 'أي نسخة مترجمة، ومن ترجمها.',
        en: 'Which edition is a translation, and by whom.',
      },
    }),
    {
      name: 'methodology',
      type: 'group',
      label: { ar: 'المنهجية', en: 'Methodology' },
      fields: [
        {
          type: 'row',
          fields: [
            numeric({
              name: 'activistsInvited',
              label: { ar: 'النشطاء المدعوون', en: 'Activists invited' },
              min: 0,
              required: true,
            }),
            numeric({
              name: 'activistsResponded',
              label: { ar: 'النشطاء المستجيبون', en: 'Activists who responded' },
              min: 0,
              required: true,
              also: notAbove('activistsInvited', {
                ar: 'النشطاء المدعوين',
                en: 'activists invited',
              }),
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            numeric({
              name: 'organisationsContacted',
              label: { ar: 'المنظمات التي تم التواصل معها', en: 'Organisations contacted' },
              min: 0,
              required: true,
            }),
            numeric({
              name: 'organisationsInterviewed',
              label: { ar: 'المنظمات التي أجريت معها مقابلات', en: 'Organisations interviewed' },
              min: 0,
              required: true,
              also: notAbove('organisationsContacted', {
                ar: 'المنظمات التي تم التواصل معها',
                en: 'organisations contacted',
              }),
            }),
          ],
        },
        countries({
          name: 'countriesOfOrigin',
          label: { ar: 'بلدان المنشأ', en: 'Countries of origin' },
        }),
        countries({
          name: 'hostCountries',
          label: { ar: 'البلدان المضيفة', en: 'Host countries' },
        }),
      ],
    },
    {
      name: 'chapters',
      type: 'array',
      label: { ar: 'الفصول', en: 'Chapters' },
      labels: { singular: { ar: 'فصل', en: 'Chapter' }, plural: { ar: 'الفصول', en: 'Chapters' } },
      minRows: 1,
      required: true,
      validate: uniqueChapterKeys,
      fields: [
        {
          name: 'key',
          type: 'text',
          label: { ar: 'مفتاح الفصل', en: 'Chapter key' },
          required: true,
          admin: {
            rtl: false,
            description: {
              ar: 'مرساة ثابتة في الرابط (\u2066#findings\u2069)، تشير إليها النتائج.',
              en: 'A stable anchor in the URL (#findings) that findings refer to.',
            },
          },
          validate: chapterKey,
        },
        title(),
        markdown({ name: 'body', label: { ar: 'النص', en: 'Body' }, required: true }),
      ],
    },
    themes(),
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: { ar: 'صورة الغلاف', en: 'Cover' },
    },
    {
      name: 'pdf',
      type: 'upload',
      relationTo: 'media',
      localized: true,
      label: { ar: 'ملف \u2066PDF\u2069 لهذه اللغة', en: 'PDF in this language' },
    },
  ],
})
