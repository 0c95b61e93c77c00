/**
 * A count's UI string for a page script: one template per plural category the locale uses, `{n}`
 * standing for the formatted number (`formatCount` in scripts/search/config.ts fills it in).
 */
import { getLocale, type LocaleCode } from '@mahjar/shared/locales'
import { useTranslations, type MessageKey } from '@mahjar/shared/i18n'
import type { PluralTemplates } from '../scripts/search/config.ts'

export function pluralTemplates(lang: LocaleCode, key: MessageKey): PluralTemplates {
  const t = useTranslations(lang)
  const rules = new Intl.PluralRules(getLocale(lang).intlLocale)
  const templates: PluralTemplates = { zero: t(key, { count: 0, n: '{n}' }) }
  for (const category of rules.resolvedOptions().pluralCategories) {
    const sample = Array.from({ length: 200 }, (_, i) => i + 1).find(
      (n) => rules.select(n) === category,
    )
    if (sample !== undefined) templates[category] = t(key, { count: sample, n: '{n}' })
  }
  return templates
}
