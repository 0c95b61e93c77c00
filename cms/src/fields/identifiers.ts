/**
 * Stable identifiers. Slugs and codes become public URLs (permalinks are promises), so both are
 * pattern-checked and unique across published documents and drafts. A code never changes once
 * published (see hooks/keepCodeAfterPublication.ts); a slug may, leaving a redirect
 * (hooks/redirectOldSlug.ts).
 */
import type { CollectionSlug, TextField } from 'payload'
import { message } from '../i18n/messages.ts'
import { keepCodeAfterPublication } from '../hooks/keepCodeAfterPublication.ts'
import type { Label } from './label.ts'
import { checkCode, checkSlug, isTaken, textRule } from './validators.ts'

type Overrides = Partial<Pick<TextField, 'admin' | 'index'>> & { label?: Label }

export function slug(collection: CollectionSlug, overrides: Overrides = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { ar: 'المعرّف في الرابط', en: 'Slug' },
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        ar: 'جزء الرابط الثابت: أحرف لاتينية صغيرة وأرقام وشرطات. تغييره بعد النشر يترك تحويلًا من الرابط القديم.',
        en: 'The stable URL part: lowercase letters, digits, hyphens. Changing it after publication leaves a redirect from the old URL.',
      },
    },
    validate: async (value, args) => {
      const base = await textRule(checkSlug)(value, args)
      if (base !== true || typeof value !== 'string') return base
      return (await isTaken(args.req, collection, 'slug', value, args.id))
        ? message(args.req, 'slugTaken', { value })
        : true
    },
    ...overrides,
  }
}

export function code(
  collection: 'findings' | 'recommendations',
  overrides: Overrides = {},
): TextField {
  return {
    name: 'code',
    type: 'text',
    label: { ar: 'الرمز', en: 'Code' },
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        ar: 'رمز ثابت يظهر في الرابط الدائم (مثل AIE-F03). لا يتغير بعد النشر ولا يعاد استخدامه.',
        en: 'A stable code used in the permalink (e.g. AIE-F03). It cannot change after publication and is never reused.',
      },
    },
    hooks: { beforeChange: [keepCodeAfterPublication(collection)] },
    validate: async (value, args) => {
      const base = await textRule(checkCode)(value, args)
      if (base !== true || typeof value !== 'string') return base
      return (await isTaken(args.req, collection, 'code', value, args.id))
        ? message(args.req, 'codeTaken', { value, collection })
        : true
    },
    ...overrides,
  }
}
