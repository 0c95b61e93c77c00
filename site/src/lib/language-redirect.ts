/**
 * Pages that send the reader at once to the browser's language (Arabic by default) with a tiny
 * inline script: `/` and the short links `/f/{code}/`, `/r/{code}/`. They fall back to links to
 * both languages (and, for short links, a meta refresh to the Arabic page) without JavaScript.
 */
import { defaultLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'

export function languageRedirectScript(targets: Readonly<Record<LocaleCode, string>>): string {
  return `(function(){var t=${JSON.stringify(targets)};var l=navigator.languages||[navigator.language||''];for(var i=0;i<l.length;i++){var c=String(l[i]).slice(0,2).toLowerCase();if(t[c]){location.replace(t[c]);return}}location.replace(t[${JSON.stringify(defaultLocale)}])})()`
}

export function targetsOf(path: (lang: LocaleCode) => string): Record<LocaleCode, string> {
  return Object.fromEntries(localeCodes.map((lang) => [lang, path(lang)])) as Record<
    LocaleCode,
    string
  >
}
