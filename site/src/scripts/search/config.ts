/** The search page's build-time configuration (rendered by SearchConfig.astro as JSON). */
import type { LocaleCode } from '@mahjar/shared/locales'
import type { SearchFilterKey } from '@mahjar/shared/search'

/** Count templates by plural category (`zero` is used for 0 when the locale has it). */
export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>>

/** A filter value's name; `lang` is set when it is the other language's (not translated yet). */
export interface ValueLabel {
  text: string
  lang?: LocaleCode
}

export interface SearchPageConfig {
  lang: LocaleCode
  otherLang: LocaleCode
  intlLocale: string
  strings: Record<'loading' | 'error' | 'empty' | 'more' | 'clear' | 'filters', string> & {
    /** The notice beside a result not translated yet (shown in the other language). */
    fallback: string
  }
  plurals: Record<'results' | 'otherLanguage', PluralTemplates>
  filterLabels: Record<SearchFilterKey, string>
  /** Localized names of filter values; a value without a name is shown as it is (years). */
  valueLabels: Record<SearchFilterKey, Record<string, ValueLabel>>
}

export function readConfig(doc: Document): SearchPageConfig {
  const element = doc.getElementById('search-config')
  if (!element?.textContent) throw new Error('search page: #search-config is missing')
  return JSON.parse(element.textContent) as SearchPageConfig
}

/** "12 results" with the locale's plural form and digits. */
export function formatCount(
  config: Pick<SearchPageConfig, 'intlLocale'>,
  templates: PluralTemplates,
  n: number,
): string {
  const category = new Intl.PluralRules(config.intlLocale).select(n)
  const template = (n === 0 ? templates.zero : undefined) ?? templates[category] ?? templates.other
  return (template ?? '{n}').replace('{n}', new Intl.NumberFormat(config.intlLocale).format(n))
}
