/**
 * A plural UI string as one template per plural category of the locale, `{n}` standing for the
 * formatted number: what a page's script needs to write counts it computes (see `formatCount`).
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
