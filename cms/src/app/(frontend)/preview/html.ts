/**
 * The HTML of a preview: the page the site's own build rendered for the draft, made to work
 * from the CMS — its links to the other language of the document lead to that language's
 * preview, its other links to the live site — and headed by a banner (in the page's language)
 * saying it is a private preview and whether the item is live, a draft with unpublished changes,
 * or never published. Also the "preparing preview…" and "could not be prepared" pages.
 */
import { escapeMarkup } from '@mahjar/shared/markup'
import { getLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { messageIn, type MessageKey } from '../../../i18n/messages.ts'
import type { DraftState } from '../../../collections/Builds/publishStatus.ts'

const stateMessages: Record<DraftState, MessageKey> = {
  live: 'previewLive',
  draftChanges: 'previewDraftChanges',
  neverPublished: 'previewNeverPublished',
  unpublished: 'previewUnpublished',
}

export interface PreviewPlace {
  /** `/preview/<collection>/<id>`: this preview's own URL, without the language. */
  readonly self: string
  /** `/admin/collections/<collection>/<id>`: back to editing. */
  readonly admin: string
  readonly siteUrl: string
}

const previewUrl = (place: PreviewPlace, lang: LocaleCode) => `${place.self}?lang=${lang}`

function languageLinks(place: PreviewPlace, current: LocaleCode): string {
  return localeCodes
    .filter((code) => code !== current)
    .map((code) => {
      const locale = getLocale(code)
      return `<a href="${escapeMarkup(previewUrl(place, code))}" hreflang="${code}" lang="${code}" dir="${locale.dir}" data-preview-language="${code}">${escapeMarkup(locale.label)}</a>`
    })
    .join(' ')
}

function banner(place: PreviewPlace, lang: LocaleCode, state: DraftState): string {
  const dir = getLocale(lang).dir
  const link = 'color:inherit;text-decoration:underline;margin-inline-start:1em'
  return `<div id="mahjar-preview-banner" role="status" lang="${lang}" dir="${dir}" data-preview-state="${state}" style="position:sticky;inset-block-start:0;z-index:1000;padding-block:0.5em;padding-inline:1em;background:#fff4ce;color:#3d2e00;border-block-end:2px solid #c9a400;font:inherit;font-size:0.95rem;line-height:1.5">
<strong>${escapeMarkup(messageIn(lang, stateMessages[state]))}</strong>
<span style="margin-inline-start:1em">${escapeMarkup(messageIn(lang, 'previewPrivate'))}</span>
<span style="${link}">${languageLinks(place, lang)}</span>
<a href="${escapeMarkup(place.admin)}" style="${link}">${escapeMarkup(messageIn(lang, 'previewBackToEditing'))}</a>
</div>`
}

/**
 * Root-relative links of the built page: the document's own page in another language → that
 * language's preview; assets of the preview build stay as built; anything else → the live site.
 */
function relink(html: string, place: PreviewPlace, pages: Partial<Record<LocaleCode, string>>) {
  const previews = new Map(
    localeCodes.flatMap((code) => {
      const page = pages[code]
      return page ? [[page, previewUrl(place, code)] as const] : []
    }),
  )
  return html.replace(
    /\b(href|src|action)="(\/(?!\/)[^"]*)"/g,
    (whole, name: string, target: string) => {
      if (target.startsWith('/preview/')) return whole
      const preview = previews.get(target)
      if (preview) return `${name}="${escapeMarkup(preview)}"`
      return `${name}="${escapeMarkup(place.siteUrl)}${target}"`
    },
  )
}

export function previewPage(
  built: string,
  place: PreviewPlace,
  lang: LocaleCode,
  pages: Partial<Record<LocaleCode, string>>,
  state: DraftState,
): string {
  const html = relink(built, place, pages)
  return html.replace(/<body\b[^>]*>/, (body) => `${body}\n${banner(place, lang, state)}`)
}

function shell(lang: LocaleCode, title: string, body: string, refresh: boolean): string {
  const locale = getLocale(lang)
  return `<!doctype html>
<html lang="${lang}" dir="${locale.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">${refresh ? '\n<meta http-equiv="refresh" content="1">' : ''}
<title>${escapeMarkup(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-inline-size:40rem;margin-block:3rem;margin-inline:auto;padding-inline:1rem;line-height:1.6}</style>
</head>
<body>${body}</body>
</html>`
}

export function preparingPage(lang: LocaleCode): string {
  const title = messageIn(lang, 'previewPreparing')
  return shell(
    lang,
    title,
    `<h1 role="status">${escapeMarkup(title)}</h1><p>${escapeMarkup(messageIn(lang, 'previewPreparingHint'))}</p>`,
    true,
  )
}

export function failedPage(lang: LocaleCode, place: PreviewPlace, error: string): string {
  const [first = '', ...rest] = error.split('\n')
  const title = messageIn(lang, 'previewFailed', { reason: first })
  return shell(
    lang,
    title,
    `<h1 role="alert">${escapeMarkup(title)}</h1>
<pre dir="ltr" lang="en" style="white-space:pre-wrap">${escapeMarkup(rest.join('\n'))}</pre>
<p><a href="${escapeMarkup(`${previewUrl(place, lang)}&retry=1`)}">${escapeMarkup(messageIn(lang, 'previewRetry'))}</a>
 · <a href="${escapeMarkup(place.admin)}">${escapeMarkup(messageIn(lang, 'previewBackToEditing'))}</a></p>`,
    false,
  )
}

export function messagePage(lang: LocaleCode, key: MessageKey): string {
  const title = messageIn(lang, key)
  return shell(lang, title, `<h1>${escapeMarkup(title)}</h1>`, false)
}
