/**
 * A plural UI string as one template per plural form of the locale, `{n}` standing for the
 * formatted number: what a page's script needs to write counts it computes (see `formatCount`).
 * The forms are the dictionary's own variants of the key (`pluralVariants`).
 */
import { pluralVariants, type MessageKey } from '@mahjar/shared/i18n'
import type { LocaleCode } from '@mahjar/shared/locales'
import type { PluralTemplates } from '../scripts/search/config.ts'

export function pluralTemplates(lang: LocaleCode, key: MessageKey): PluralTemplates {
  return pluralVariants(lang, key, { n: '{n}' })
}
