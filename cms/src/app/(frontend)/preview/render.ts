/**
 * The draft preview page: the latest version of a document (draft included) in each locale,
 * each section with its own `lang`/`dir`, headed by a banner saying it is not published. Text
 * fields show as written; rich text as its Markdown source turned into paragraphs.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { defaultLocale, getLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'

type Doc = Record<string, unknown>
export type ToMarkdown = (state: SerializedEditorState) => string

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const skipped = new Set(['id', 'createdAt', 'updatedAt', '_status', 'translationStatus'])

function isRichText(value: unknown): value is SerializedEditorState {
  return typeof value === 'object' && value !== null && 'root' in value
}

function isLocalized(value: unknown): value is Partial<Record<LocaleCode, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => (localeCodes as readonly string[]).includes(key))
}

function paragraphs(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const heading = /^(#{1,4})\s+(.*)$/.exec(block)
      if (heading) return `<h3>${escape(heading[2] ?? '')}</h3>`
      return `<p>${escape(block).replace(/\n/g, '<br>')}</p>`
    })
    .join('')
}

function valueHtml(value: unknown, lang: LocaleCode, toMarkdown: ToMarkdown): string {
  if (value === null || value === undefined || value === '') return ''
  if (isLocalized(value)) return valueHtml(value[lang], lang, toMarkdown)
  if (isRichText(value)) return paragraphs(toMarkdown(value))
  if (Array.isArray(value)) {
    const items = value.map((item) => valueHtml(item, lang, toMarkdown)).filter(Boolean)
    return items.length > 0 ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : ''
  }
  if (typeof value === 'object') {
    const record = value as Doc
    const key = record.code ?? record.slug ?? record.name
    if (typeof key === 'string') return `<bdi>${escape(key)}</bdi>`
    if (isLocalized(key)) return valueHtml(key, lang, toMarkdown)
    return fieldsHtml(record, lang, toMarkdown)
  }
  if (typeof value === 'string') return escape(value)
  if (typeof value === 'number' || typeof value === 'boolean') return escape(String(value))
  return ''
}

function fieldsHtml(doc: Doc, lang: LocaleCode, toMarkdown: ToMarkdown): string {
  const rows = Object.entries(doc)
    .filter(([name]) => !skipped.has(name))
    .map(([name, value]) => [name, valueHtml(value, lang, toMarkdown)] as const)
    .filter(([, html]) => html !== '')
  return `<dl>${rows.map(([name, html]) => `<dt>${escape(name)}</dt><dd>${html}</dd>`).join('')}</dl>`
}

export function previewHtml(collection: string, document: object, toMarkdown: ToMarkdown): string {
  const doc = document as Doc
  const status = doc._status === 'published' ? 'published' : 'draft'
  const sections = localeCodes.map((code) => {
    const locale = getLocale(code)
    return `<section lang="${code}" dir="${locale.dir}"><h2>${escape(locale.label)}</h2>${fieldsHtml(doc, code, toMarkdown)}</section>`
  })
  const first = getLocale(defaultLocale)
  return `<!doctype html>
<html lang="${first.code}" dir="${first.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>معاينة · Preview — ${escape(collection)}</title>
<style>
body{font-family:"Noto Naskh Arabic","Noto Serif",serif;margin:0;line-height:1.6;color:#1d1d1b}
.banner{background:#7a2e0e;color:#fff;padding:.75rem 1rem;font-family:system-ui,sans-serif}
main{display:grid;gap:2rem;padding:1rem;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr))}
dt{font:600 .8rem system-ui,sans-serif;color:#555;margin-block-start:1rem}
dd{margin-inline-start:0}
</style></head>
<body>
<p class="banner" data-status="${status}"><span lang="ar" dir="rtl">معاينة: ليست منشورة على الموقع (${status === 'draft' ? 'مسودة' : 'منشور'})</span> · <span lang="en" dir="ltr">Preview: not on the public site (${status})</span></p>
<main>${sections.join('')}</main>
</body></html>`
}
