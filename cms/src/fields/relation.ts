/**
 * A relation to another collection, named as in the shared schema (which holds the other
 * document's natural key; the CMS holds its id). Unknown ids are refused with their names.
 */
import type {
  CollectionSlug,
  RelationshipField,
  RelationshipFieldManyValidation,
  RelationshipFieldSingleValidation,
} from 'payload'
import { relationship } from 'payload/shared'
import type { Label } from './label.ts'
import { checkRelationExists } from './validators.ts'

type Options = {
  name: string
  label: Label
  relationTo: CollectionSlug
  hasMany?: boolean
  required?: boolean
  minRows?: number
  description?: Label
  sidebar?: boolean
}

export function relation(options: Options): RelationshipField {
  const { name, label, relationTo, required = false } = options
  const common = {
    name,
    type: 'relationship' as const,
    label,
    relationTo,
    required,
    admin: {
      ...(options.description ? { description: options.description } : {}),
      ...(options.sidebar ? { position: 'sidebar' as const } : {}),
    },
  }
  if (options.hasMany) {
    const validate: RelationshipFieldManyValidation = async (value, args) => {
      const base = await relationship(value, args)
      return base === true ? checkRelationExists(args.req, relationTo, value) : base
    }
    return {
      ...common,
      hasMany: true,
      ...(options.minRows ? { minRows: options.minRows } : {}),
      validate,
    }
  }
  const validate: RelationshipFieldSingleValidation = async (value, args) => {
    const base = await relationship(value, args)
    return base === true ? checkRelationExists(args.req, relationTo, value) : base
  }
  return { ...common, hasMany: false, validate }
}
