/**
 * What a static host needs to keep redirected URLs working:
 * - a redirect page at each old URL (`<old>/index.html`: meta refresh at once, canonical link to
 *   the new URL and a visible link), which works on any static host;
 * - `/_redirects` (Netlify and Cloudflare Pages format) with permanent (301) redirects;
 * - `/nginx-redirects.conf`, an nginx `map` of the same pairs.
 */
import { useTranslations } from '@mahjar/shared/i18n'
import { getLocale, isLocaleCode, localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { escapeMarkup } from '@mahjar/shared/markup'
import { absoluteUrl } from '@mahjar/shared/urls'
import type { OutputFile } from './files.ts'
import type { Redirect } from '@mahjar/shared/schemas/snapshot'

/** The language a path belongs to (`/en/…` → en); language-neutral paths get both, Arabic first. */
function languagesOf(urlPath: string): LocaleCode[] {
  const first = urlPath.split('/')[1]
  return isLocaleCode(first) ? [first] : [...localeCodes]
}

export function redirectPage(redirect: Redirect, siteUrl: string): string {
  const target = absoluteUrl(siteUrl, redirect.to)
  const langs = languagesOf(redirect.from)
  const main = getLocale(langs[0] ?? 'ar')
  const notes = langs
    .map((code) => {
      const t = useTranslations(code)
      const locale = getLocale(code)
      return `<p lang="${locale.code}" dir="${locale.dir}">${escapeMarkup(t('cite.redirect.moved'))} <a href="${escapeMarkup(redirect.to)}" dir="ltr">${escapeMarkup(target)}</a></p>`
    })
    .join('\n')
  return `<!doctype html>
<html lang="${main.code}" dir="${main.dir}">
<head>
<meta charset="utf-8">
<title>${escapeMarkup(redirect.to)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0;url=${escapeMarkup(redirect.to)}">
<link rel="canonical" href="${escapeMarkup(target)}">
</head>
<body>
${notes}
</body>
</html>
`
}

export function redirectOutputs(redirects: readonly Redirect[], siteUrl: string): OutputFile[] {
  const sorted = [...redirects].sort((a, b) => a.from.localeCompare(b.from, 'en'))
  const pages = sorted.map((r) => ({ path: r.from, content: redirectPage(r, siteUrl) }))
  const netlify = sorted.map((r) => `${r.from} ${r.to} 301`).join('\n')
  const nginx = sorted
    .flatMap((r) => [`    ${r.from} ${r.to};`, `    ${r.from.replace(/\/$/, '')} ${r.to};`])
    .join('\n')
  return [
    ...pages,
    {
      path: '/_redirects',
      content: `# Permanent redirects of renamed pages (Netlify / Cloudflare Pages).\n${netlify}\n`,
    },
    {
      path: '/nginx-redirects.conf',
      content: `# In the http block: include this file; in the server block:\n#   if ($mahjar_redirect) { return 301 $mahjar_redirect; }\nmap $uri $mahjar_redirect {\n    default "";\n${nginx}\n}\n`,
    },
  ]
}
