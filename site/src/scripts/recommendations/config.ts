/** The recommendations browser's build-time configuration (JSON in the page, see index.astro). */
import type { LocaleCode } from '@mahjar/shared/locales'
import type { PluralTemplates } from '../search/config.ts'

export interface BrowserConfig {
  lang: LocaleCode
  intlLocale: string
  /** The index to fetch (urls.recommendationsIndex). */
  index: string
  strings: Record<'loading' | 'error' | 'more', string> & {
    /** The notice beside a text not translated yet (shown in the other language). */
    fallback: string
  }
  plurals: { count: PluralTemplates }
}

export const configId = 'recommendations-config'

export function readConfig(doc: Document): BrowserConfig {
  const element = doc.getElementById(configId)
  if (!element?.textContent) throw new Error(`recommendations: #${configId} is missing`)
  return JSON.parse(element.textContent) as BrowserConfig
}
