/**
 * The rich-text editor of every Markdown-valued field: only what Markdown can express
 * (paragraphs, headings, lists, bold, italic, links, quotes), so content converts both ways
 * with @payloadcms/richtext-lexical's Markdown converters without loss. A link's URL must be safe
 * (`isSafeLinkUrl`: https, http, mailto or a path on this site): the link drawer says so at once,
 * in the admin's language; the save itself is refused by fields/richText.ts (drafts too).
 */
import {
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'
import { isSafeLinkUrl } from '@mahjar/shared/safe-url'
import { message } from './i18n/messages.ts'

const safeLinkUrl: TextFieldSingleValidation = (value, { req, siblingData }) => {
  if ((siblingData as { linkType?: unknown } | undefined)?.linkType === 'internal') return true
  if (typeof value !== 'string' || value === '') return true
  return isSafeLinkUrl(value) ? true : message(req, 'unsafeLink', { url: value })
}

function withSafeUrl(fields: FieldAffectingData[]): FieldAffectingData[] {
  return fields.map((field) =>
    field.type === 'text' && field.name === 'url' && field.hasMany !== true
      ? { ...field, hasMany: false, validate: safeLinkUrl }
      : field,
  )
}

export const markdownEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    LinkFeature({
      enabledCollections: [],
      fields: ({ defaultFields }) => withSafeUrl(defaultFields),
    }),
    OrderedListFeature(),
    UnorderedListFeature(),
    BlockquoteFeature(),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
