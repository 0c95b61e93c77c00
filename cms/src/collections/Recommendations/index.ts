import { recommendationNumberPattern } from '@mahjar/shared/schemas/recommendations'
import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { themes } from '../../fields/common.ts'
import { corrections } from '../../fields/corrections.ts'
import { code } from '../../fields/identifiers.ts'
import { order } from '../../fields/numbers.ts'
import { relation } from '../../fields/relation.ts'
import { localizedText } from '../../fields/text.ts'
import { checkPattern, textRule } from '../../fields/validators.ts'
import { groups } from '../groups.ts'
import { publishable } from '../publishable.ts'
import { followUp } from './followUp.ts'

export const Recommendations: CollectionConfig = publishable({
  slug: 'recommendations',
  labels: {
    singular: { ar: 'توصية', en: 'Recommendation' },
    plural: { ar: 'التوصيات', en: 'Recommendations' },
  },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'number', 'text', 'report'],
    group: groups.research,
  },
  defaultSort: 'order',
  fields: [
    code('recommendations'),
    {
      name: 'number',
      type: 'text',
      label: { ar: 'الرقم في الدراسة', en: 'Number in the study' },
      required: true,
      admin: {
        position: 'sidebar',
        rtl: false,
        description: {
          ar: 'ترقيم الدراسة نفسها (A.1، B.1.11)؛ تبقى الفجوات كما هي.',
          en: "The study's own numbering (A.1, B.1.11); gaps are kept, never filled.",
        },
      },
      validate: textRule((req, value) =>
        checkPattern(req, value, recommendationNumberPattern, 'recommendationNumber'),
      ),
    },
    relation({
      name: 'report',
      label: { ar: 'التقرير', en: 'Report' },
      relationTo: 'reports',
      required: true,
    }),
    localizedText({
      name: 'section',
      label: { ar: 'القسم', en: 'Section' },
      max: textLimits.title,
    }),
    relation({
      name: 'audiences',
      label: { ar: 'الفئات المستهدفة', en: 'Audiences' },
      relationTo: 'audiences',
      hasMany: true,
      required: true,
      minRows: 1,
    }),
    themes({ required: true }),
    localizedText({
      name: 'text',
      label: { ar: 'نص التوصية', en: 'Text' },
      max: textLimits.recommendation,
      required: true,
      multiline: true,
    }),
    relation({
      name: 'evidence',
      label: { ar: 'النتائج التي تستند إليها', en: 'Evidence (findings)' },
      relationTo: 'findings',
      hasMany: true,
    }),
    followUp(),
    order({ after: 'recommendations' }),
    corrections(),
  ],
})
