import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { countries, themes } from '../../fields/common.ts'
import { corrections } from '../../fields/corrections.ts'
import { code } from '../../fields/identifiers.ts'
import { order } from '../../fields/numbers.ts'
import { relation } from '../../fields/relation.ts'
import { localizedText } from '../../fields/text.ts'
import { groups } from '../groups.ts'
import { publishable } from '../publishable.ts'
import { requireCorrectionForStatistic } from './requireCorrection.ts'
import { chapterOfReport } from './validateChapter.ts'
import { statistic } from './statistic.ts'

export const Findings: CollectionConfig = publishable({
  slug: 'findings',
  labels: {
    singular: { ar: 'نتيجة', en: 'Finding' },
    plural: { ar: 'النتائج', en: 'Findings' },
  },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'statement', 'report', 'order'],
    group: groups.research,
  },
  defaultSort: 'order',
  hooks: { beforeChange: [requireCorrectionForStatistic] },
  fields: [
    code('findings'),
    relation({
      name: 'report',
      label: { ar: 'التقرير', en: 'Report' },
      relationTo: 'reports',
      required: true,
    }),
    {
      name: 'chapter',
      type: 'text',
      label: { ar: 'الفصل', en: 'Chapter' },
      required: true,
      admin: {
        // Chosen from the chapters of the report above; the chapter's key is stored.
        components: { Field: '/components/ChapterSelect.tsx#ChapterSelect' },
        description: {
          ar: 'اختر فصل التقرير الذي تنتمي إليه النتيجة (تظهر فصول التقرير المختار أعلاه).',
          en: 'Choose the report chapter the finding belongs to (the chapters of the report chosen above).',
        },
      },
      validate: chapterOfReport,
    },
    localizedText({
      name: 'section',
      label: { ar: 'القسم', en: 'Section' },
      max: textLimits.title,
    }),
    localizedText({
      name: 'statement',
      label: { ar: 'النتيجة', en: 'Statement' },
      max: textLimits.paragraph,
      required: true,
      multiline: true,
    }),
    statistic(),
    localizedText({
      name: 'exhibit',
      label: { ar: 'المستند', en: 'Exhibit' },
      max: textLimits.exhibit,
      description: {
        ar: 'رقم المستند في الدراسة، مثل ١-أ.',
        en: "The study's exhibit label, e.g. 1-A.",
      },
    }),
    themes(),
    countries({ sidebar: true }),
    order({ after: 'findings' }),
    corrections(),
  ],
})
