/**
 * Stable identifiers. Slugs and codes become public URLs (permalinks are promises), so both are
 * pattern-checked and unique across published documents and drafts. The check runs as a
 * validation (admin form feedback) and again as a beforeChange hook, because drafts skip
 * validation and a malformed or duplicate identifier must never be stored, not even in a draft.
 * A code never changes once published (hooks/keepCodeAfterPublication.ts); a slug may, leaving
 * a redirect (hooks/redirectOldSlug.ts).
 */
import type { CollectionSlug, FieldHook, PayloadRequest, TextField } from 'payload'
import { label } from '@mahjar/shared/cms-i18n'
import { message, requestLanguage } from '../i18n/messages.ts'
import { keepCodeAfterPublication } from '../hooks/keepCodeAfterPublication.ts'
import { refuseField } from './refuseField.ts'
import { withdrawnKey } from '../collections/withdrawal.ts'
import { nextCode } from './nextValue.ts'
import { checkCode, checkSlug, isTaken, textRule } from './validators.ts'

type Kind = 'slug' | 'code'

async function checkIdentifier(
  req: PayloadRequest,
  collection: CollectionSlug,
  kind: Kind,
  value: unknown,
  id: number | string | undefined,
): Promise<string | true> {
  if (typeof value !== 'string') return true
  const shape = kind === 'slug' ? checkSlug(req, value) : checkCode(req, value)
  if (shape !== true) return shape
  // A withdrawn item's URL shows its notice for good: its code or slug is never reused (said
  // first: the withdrawn item may still exist as a draft holding it).
  const withdrawn = await withdrawnKey(req, collection, value, id)
  if (withdrawn !== undefined) return message(req, 'keyWithdrawn', { value, date: withdrawn })
  if (!(await isTaken(req, collection, kind, value, id))) return true
  return kind === 'slug'
    ? message(req, 'slugTaken', { value })
    : message(req, 'codeTaken', { value, collection: pluralLabel(req, collection) })
}

/** The collection's name as the admin shows it («النتائج», "Findings"), for messages. */
function pluralLabel(req: PayloadRequest, collection: CollectionSlug): string {
  const plural = req.payload.collections[collection].config.labels.plural
  return typeof plural === 'object' ? (plural[requestLanguage(req)] ?? collection) : collection
}

function enforceIdentifier(collection: CollectionSlug, kind: Kind): FieldHook {
  return async ({ value, originalDoc, req }) => {
    const id = (originalDoc as { id?: number | string } | undefined)?.id
    const result = await checkIdentifier(req, collection, kind, value, id)
    return result === true ? (value as unknown) : refuseField(req, collection, kind, result)
  }
}

function identifier(
  collection: CollectionSlug,
  kind: Kind,
  description: TextField['admin'],
): TextField {
  return {
    name: kind,
    type: 'text',
    label: kind === 'slug' ? label('cms.field.slug') : label('findings.code'),
    required: true,
    unique: true,
    index: true,
    // Latin identifiers: left to right in every content language.
    admin: { position: 'sidebar', rtl: false, ...description },
    hooks: { beforeChange: [enforceIdentifier(collection, kind)] },
    validate: async (value, args) => {
      const base = await textRule(kind === 'slug' ? checkSlug : checkCode)(value, args)
      return base === true ? checkIdentifier(args.req, collection, kind, value, args.id) : base
    },
  }
}

export function slug(collection: CollectionSlug): TextField {
  return identifier(collection, 'slug', {
    description: label('cms.field.slug.description'),
  })
}

export function code(collection: 'findings' | 'recommendations'): TextField {
  const field = identifier(collection, 'code', {
    description: label('cms.field.code.description'),
  })
  return {
    ...field,
    // "Create new" starts with the next free code of the series (fields/nextValue.ts).
    defaultValue: nextCode(collection),
    hooks: {
      beforeChange: [keepCodeAfterPublication(collection), ...(field.hooks?.beforeChange ?? [])],
    },
  }
}
