/** DOM for results and filters. Text is always set as text, never as HTML. */
import type { HighlightSegment } from '@mahjar/shared/arabic'
import { getLocale, isLocaleCode } from '@mahjar/shared/locales'
import type { SearchMeta } from '@mahjar/shared/search'
import {
  searchFilterKeys,
  searchTypes,
  type SearchFilterKey,
  type SearchFilters,
} from '@mahjar/shared/search'
import type { SearchPageConfig, ValueLabel } from './config.ts'
import { highlightedExcerpt } from './excerpt.ts'

function segments(parent: HTMLElement, parts: readonly HighlightSegment[]): void {
  for (const part of parts) {
    if (part.match) {
      const mark = document.createElement('mark')
      mark.textContent = part.text
      parent.append(mark)
    } else {
      parent.append(part.text)
    }
  }
}

/** Text not translated yet is marked with its own language and direction. */
export function markLanguage(element: HTMLElement, lang: string | undefined): void {
  if (!lang || !isLocaleCode(lang)) return
  element.lang = lang
  element.dir = getLocale(lang).dir
}

export interface ResultData {
  url: string
  meta: Partial<SearchMeta>
}

const titleLength = 220
const excerptLength = 240

export function resultItem(
  config: SearchPageConfig,
  data: ResultData,
  query: string,
): HTMLLIElement {
  const item = document.createElement('li')
  item.className = 'search-result'
  const kind = document.createElement('p')
  kind.className = 'search-result__kind'
  const type = data.meta.type ?? ''
  kind.append(config.valueLabels.type[type]?.text ?? type)
  if ((type === 'finding' || type === 'recommendation') && data.meta.key) {
    const code = document.createElement('bdi')
    code.dir = 'ltr'
    code.textContent = data.meta.key
    kind.append(' · ', code)
  }
  const heading = document.createElement('h2')
  heading.className = 'search-result__title'
  const link = document.createElement('a')
  link.href = data.url
  segments(link, highlightedExcerpt(data.meta.title ?? data.url, query, titleLength))
  markLanguage(link, data.meta.titleLang)
  heading.append(link)
  item.append(kind, heading)
  if (data.meta.text) {
    const excerpt = document.createElement('p')
    excerpt.className = 'search-result__excerpt'
    segments(excerpt, highlightedExcerpt(data.meta.text, query, excerptLength))
    markLanguage(excerpt, data.meta.textLang)
    item.append(excerpt)
  }
  if (data.meta.titleLang || data.meta.textLang) {
    const notice = document.createElement('small')
    notice.className = 'fallback-notice'
    notice.textContent = config.strings.fallback
    item.append(notice)
  }
  return item
}

/** A value's label, own properties only: a value named "constructor" is not Object's. */
function ownLabel(
  labels: Readonly<Record<string, ValueLabel>>,
  value: string,
): ValueLabel | undefined {
  return Object.hasOwn(labels, value) ? labels[value] : undefined
}

function sortedValues(config: SearchPageConfig, key: SearchFilterKey, values: string[]): string[] {
  if (key === 'type') return searchTypes.filter((type) => values.includes(type))
  // Statuses in reading order, as the build wrote their labels (follow-up.ts stays out of the bundle).
  if (key === 'status')
    return Object.keys(config.valueLabels.status).filter((status) => values.includes(status))
  if (key === 'year') return [...values].sort().reverse()
  const collator = new Intl.Collator(config.intlLocale)
  const label = (value: string) => ownLabel(config.valueLabels[key], value)?.text ?? value
  return [...values].sort((a, b) => collator.compare(label(a), label(b)))
}

/** One fieldset of checkboxes per filter the index has values for. */
export function filterFieldsets(
  config: SearchPageConfig,
  available: Record<string, Record<string, number>>,
  chosen: SearchFilters,
): HTMLFieldSetElement[] {
  return searchFilterKeys.flatMap((key) => {
    const values = Object.keys(available[key] ?? {})
    if (values.length === 0) return []
    const fieldset = document.createElement('fieldset')
    fieldset.className = 'search-filter'
    const legend = document.createElement('legend')
    legend.textContent = config.filterLabels[key]
    fieldset.append(legend)
    for (const value of sortedValues(config, key, values)) {
      const label = document.createElement('label')
      const box = document.createElement('input')
      box.type = 'checkbox'
      box.name = key
      box.value = value
      box.checked = chosen[key]?.includes(value) ?? false
      const name = ownLabel(config.valueLabels[key], value)
      label.append(box, ' ')
      if (name && !name.lang) label.append(name.text)
      else {
        // A raw value (a year) or a name not translated yet: isolated, in its own language.
        const raw = document.createElement('bdi')
        raw.textContent = name?.text ?? value
        markLanguage(raw, name?.lang)
        label.append(raw)
      }
      fieldset.append(label)
    }
    return [fieldset]
  })
}
