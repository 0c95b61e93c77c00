import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
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
    singular: label('collection.findings.one'),
    plural: label('report.findings'),
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
      label: label('recommendation.report'),
      relationTo: 'reports',
      required: true,
    }),
    {
      name: 'chapter',
      type: 'text',
      label: label('finding.chapter'),
      required: true,
      admin: {
        // Chosen from the chapters of the report above; the chapter's key is stored.
        components: { Field: '/components/ChapterSelect.tsx#ChapterSelect' },
        description: label('cms.findings.chapter.description'),
      },
      validate: chapterOfReport,
    },
    localizedText({
      name: 'section',
      label: label('cms.field.section'),
      max: textLimits.title,
    }),
    localizedText({
      name: 'statement',
      label: label('cms.field.statement'),
      max: textLimits.paragraph,
      required: true,
      multiline: true,
    }),
    statistic(),
    localizedText({
      name: 'exhibit',
      label: label('finding.exhibit'),
      max: textLimits.exhibit,
      description: label('cms.findings.exhibit.description'),
    }),
    themes(),
    countries({ sidebar: true }),
    order({ after: 'findings' }),
    corrections(),
  ],
})
