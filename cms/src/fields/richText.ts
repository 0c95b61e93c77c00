/**
 * A Markdown-valued field of the shared schemas, edited with the default Lexical editor (its
 * features are those Markdown can express; see editor.ts). Every link node (typed or auto-linked)
 * must carry a safe URL (`isSafeLinkUrl`: https, http, mailto or a path on this site): the save is
 * refused otherwise, drafts included (a beforeChange hook, since drafts skip validation).
 */
import type { FieldHook, RichTextField } from 'payload'
import { isSafeLinkUrl } from '@mahjar/shared/safe-url'
import { message } from '../i18n/messages.ts'
import { refuseField } from './refuseField.ts'
import type { InEveryLanguage } from '@mahjar/shared/localized'

interface LexicalNode {
  type?: unknown
  url?: unknown
  fields?: { url?: unknown; linkType?: unknown } | null
  children?: unknown
}

/** The first link URL in a Lexical document that is not safe, if any. */
export function unsafeLinkIn(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined
  const { type, fields, url, children, root } = node as LexicalNode & { root?: unknown }
  if (root !== undefined) return unsafeLinkIn(root)
  if (type === 'link' || type === 'autolink') {
    const target = fields?.url ?? url
    // An internal link (to a document) carries no URL of its own.
    if (fields?.linkType !== 'internal' && (typeof target !== 'string' || !isSafeLinkUrl(target)))
      return String(target)
  }
  if (!Array.isArray(children)) return undefined
  for (const child of children) {
    const found = unsafeLinkIn(child)
    if (found !== undefined) return found
  }
  return undefined
}

const refuseUnsafeLinks: FieldHook = ({ value, req, collection, path }) => {
  const url = unsafeLinkIn(value)
  if (url === undefined) return value as unknown
  return refuseField(
    req,
    collection?.slug ?? '',
    path.join('.'),
    message(req, 'unsafeLink', { url }),
  )
}

export function markdown(options: {
  name: string
  label: InEveryLanguage
  required?: boolean
}): RichTextField {
  const { name, label, required = false } = options
  return {
    name,
    type: 'richText',
    label,
    localized: true,
    required,
    hooks: { beforeChange: [refuseUnsafeLinks] },
  }
}
