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
import type { InEveryLanguage } from '@mahjar/shared/localized'
import { checkRelationExists } from './validators.ts'

type Options = {
  name: string
  label: InEveryLanguage
  relationTo: CollectionSlug
  hasMany?: boolean
  required?: boolean
  minRows?: number
  description?: InEveryLanguage
  sidebar?: boolean
  /** An extra rule for a single relation, run once the target is known to exist. */
  also?: RelationshipFieldSingleValidation
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
  const also = options.also
  const validate: RelationshipFieldSingleValidation = async (value, args) => {
    const base = await relationship(value, args)
    const exists = base === true ? await checkRelationExists(args.req, relationTo, value) : base
    return exists === true && also ? also(value, args) : exists
  }
  return { ...common, hasMany: false, validate }
}
