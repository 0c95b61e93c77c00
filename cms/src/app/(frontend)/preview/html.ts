/**
 * The HTML of a preview: the page the site's own build rendered for the draft, made to work
 * from the CMS — its links to the other language of the document lead to that language's
 * preview, its other links to the live site — and headed by a banner (in the page's language)
 * saying it is a private preview and whether the item is live, a draft with unpublished changes,
 * or never published. Also the "preparing preview…" and "could not be prepared" pages.
 * Every page is served with the site's own security headers (`previewHeaders`): no inline script,
 * no style attribute, each inline `<style>` allowed by its hash, as on the public site.
 */
import { escapeMarkup } from '@mahjar/shared/markup'
import { contentSecurityPolicy, securityHeaders } from '@mahjar/shared/security-headers'
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

/** The banner's look: a `<style>` element (allowed by its hash), since the policy refuses style attributes. */
const bannerStyle =
  '#mahjar-preview-banner{position:sticky;inset-block-start:0;z-index:1000;padding-block:0.5em;padding-inline:1em;background:#fff4ce;color:#3d2e00;border-block-end:2px solid #c9a400;font:inherit;font-size:0.95rem;line-height:1.5}#mahjar-preview-banner>span,#mahjar-preview-banner>a{margin-inline-start:1em}#mahjar-preview-banner a{color:inherit;text-decoration:underline}'

function banner(place: PreviewPlace, lang: LocaleCode, state: DraftState): string {
  const dir = getLocale(lang).dir
  return `<style>${bannerStyle}</style><div id="mahjar-preview-banner" role="status" lang="${lang}" dir="${dir}" data-preview-state="${state}">
<strong>${escapeMarkup(messageIn(lang, stateMessages[state]))}</strong>
<span>${escapeMarkup(messageIn(lang, 'previewPrivate'))}</span>
<span>${languageLinks(place, lang)}</span>
<a href="${escapeMarkup(place.admin)}">${escapeMarkup(messageIn(lang, 'previewBackToEditing'))}</a>
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
<style>body{font-family:system-ui,sans-serif;max-inline-size:40rem;margin-block:3rem;margin-inline:auto;padding-inline:1rem;line-height:1.6}pre{white-space:pre-wrap}</style>
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
<pre dir="ltr" lang="en">${escapeMarkup(rest.join('\n'))}</pre>
<p><a href="${escapeMarkup(`${previewUrl(place, lang)}&retry=1`)}">${escapeMarkup(messageIn(lang, 'previewRetry'))}</a>
 · <a href="${escapeMarkup(place.admin)}">${escapeMarkup(messageIn(lang, 'previewBackToEditing'))}</a></p>`,
    false,
  )
}

export function messagePage(lang: LocaleCode, key: MessageKey): string {
  const title = messageIn(lang, key)
  return shell(lang, title, `<h1>${escapeMarkup(title)}</h1>`, false)
}

/**
 * The site's security headers for a preview page (shared/src/security-headers.ts), its policy
 * allowing exactly the inline `<style>` elements of this page (the site build's own and the
 * banner's; draft content cannot carry a `<style>`: the export sanitises it) and images from the
 * live site, where `relink` sends the page's own root-relative images.
 */
export function previewHeaders(html: string, siteUrl: string): Record<string, string> {
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
    (m) => m[1] ?? '',
  )
  return securityHeaders(
    contentSecurityPolicy({ inlineStyles, imageOrigins: [new URL(siteUrl).origin] }),
  )
}
