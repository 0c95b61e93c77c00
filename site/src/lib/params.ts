/** Route parameters as the pages need them: the locale, checked. */
import { isLocaleCode, localeCodes, type LocaleCode } from '@mahjar/shared/locales'

export function langParam(value: string | undefined): LocaleCode {
  if (!isLocaleCode(value)) throw new Error(`Unknown locale "${String(value)}" in route`)
  return value
}

/** One path per locale for each item: `[{ params: { lang, ...params(item) }, props }]`. */
export function perLocale<T, P extends Record<string, string>>(
  items: readonly T[],
  params: (item: T) => P,
) {
  return localeCodes.flatMap((lang) =>
    items.map((item) => ({ params: { lang, ...params(item) }, props: { item } })),
  )
}
