import { recommendationNumberPattern } from '@mahjar/shared/schemas/recommendations'
import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
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
    singular: label('collection.recommendations.one'),
    plural: label('nav.recommendations'),
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
      label: label('cms.field.number'),
      required: true,
      admin: {
        position: 'sidebar',
        rtl: false,
        description: label('cms.recommendations.number.description'),
      },
      validate: textRule((req, value) =>
        checkPattern(req, value, recommendationNumberPattern, 'recommendationNumber'),
      ),
    },
    relation({
      name: 'report',
      label: label('recommendation.report'),
      relationTo: 'reports',
      required: true,
    }),
    localizedText({
      name: 'section',
      label: label('cms.field.section'),
      max: textLimits.title,
    }),
    relation({
      name: 'audiences',
      label: label('cms.collection.audiences.plural'),
      relationTo: 'audiences',
      hasMany: true,
      required: true,
      minRows: 1,
    }),
    themes({ required: true }),
    localizedText({
      name: 'text',
      label: label('cms.recommendations.text'),
      max: textLimits.recommendation,
      required: true,
      multiline: true,
    }),
    relation({
      name: 'evidence',
      label: label('cms.field.evidence'),
      relationTo: 'findings',
      hasMany: true,
    }),
    followUp(),
    order({ after: 'recommendations' }),
    corrections(),
  ],
})
