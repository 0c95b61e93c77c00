/**
 * Pages that send the reader at once to the browser's language (Arabic by default) with a tiny
 * script: `/` and the short links `/f/{code}/`, `/r/{code}/`. They fall back to links to both
 * languages (and, for short links, a meta refresh to the Arabic page) without JavaScript.
 * The script is one file (`languageRedirectPath`, written by pages/language-redirect.js.ts), not
 * an inline script, so the Content-Security-Policy allows no inline script at all; each page
 * gives it its targets in a `data-targets` attribute (JSON, attribute-escaped by Astro).
 */
import { defaultLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'

export const languageRedirectPath = '/language-redirect.js'

export const languageRedirectScript = `(function(){var s=document.currentScript;var t=JSON.parse(s.getAttribute('data-targets'));var l=navigator.languages||[navigator.language||''];for(var i=0;i<l.length;i++){var c=String(l[i]).slice(0,2).toLowerCase();if(Object.prototype.hasOwnProperty.call(t,c)){location.replace(t[c]);return}}location.replace(t[${JSON.stringify(defaultLocale)}])})()\n`

export function targetsOf(path: (lang: LocaleCode) => string): Record<LocaleCode, string> {
  return Object.fromEntries(localeCodes.map((lang) => [lang, path(lang)])) as Record<
    LocaleCode,
    string
  >
}
