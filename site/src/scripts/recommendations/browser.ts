/**
 * The recommendations browser's filters: shows the form the page renders hidden, reads the filters
 * from the URL, fetches the compact index only once a filter is in use, lists the matching
 * recommendations (a page at a time) and writes every option's count for the current combination.
 * The URL holds the filters: a reload, a shared link and the back button give the same list.
 */
import { formatNumber } from '@mahjar/shared/format'
import { getLocale, isLocaleCode } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { formatCount } from '../search/config.ts'
import { readConfig, type BrowserConfig } from './config.ts'
import {
  applyFacets,
  facetKeys,
  readFacetState,
  writeFacetState,
  type FacetKey,
  type FacetState,
  type IndexItem,
  type RecommendationIndex,
} from '../../lib/recommendation-facets.ts'

const pageSize = 50

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const element = document.getElementById(id)
  if (!(element instanceof type)) throw new Error(`recommendations: #${id} is missing`)
  return element
}

class RecommendationsBrowser {
  private index: Promise<RecommendationIndex> | undefined
  private items: IndexItem[] = []
  private shown = 0
  private run = 0
  private readonly selects: Map<FacetKey, HTMLSelectElement>
  private readonly config: BrowserConfig
  private readonly form: HTMLFormElement
  private readonly status: HTMLElement
  private readonly list: HTMLUListElement
  private readonly more: HTMLButtonElement
  private readonly clear: HTMLButtonElement

  constructor(
    config: BrowserConfig,
    form: HTMLFormElement,
    status: HTMLElement,
    list: HTMLUListElement,
    more: HTMLButtonElement,
    clear: HTMLButtonElement,
  ) {
    this.config = config
    this.form = form
    this.status = status
    this.list = list
    this.more = more
    this.clear = clear
    this.selects = new Map(
      facetKeys.map((key) => [key, byId(`recommendations-filter-${key}`, HTMLSelectElement)]),
    )
  }

  start(): void {
    this.form.hidden = false
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      void this.update()
    })
    this.form.addEventListener('change', () => void this.update())
    this.clear.addEventListener('click', () => {
      for (const select of this.selects.values()) select.value = ''
      void this.update()
    })
    this.more.addEventListener('click', () => {
      this.showMore(true)
    })
    window.addEventListener('popstate', () => void this.show(this.fromUrl()))
    void this.show(this.fromUrl())
  }

  /** The URL's filters, set in the form (a value no option has is dropped). */
  private fromUrl(): FacetState {
    const state = readFacetState(new URLSearchParams(location.search))
    for (const [key, select] of this.selects) {
      select.value = state[key] ?? ''
      if (select.value !== (state[key] ?? '')) select.value = ''
    }
    return this.formState()
  }

  private formState(): FacetState {
    const state: FacetState = {}
    for (const [key, select] of this.selects) if (select.value) state[key] = select.value
    return state
  }

  private async update(): Promise<void> {
    const state = this.formState()
    const query = writeFacetState(state).toString()
    const url = `${location.pathname}${query ? `?${query}` : ''}`
    if (url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url)
    await this.show(state)
  }

  private loadIndex(): Promise<RecommendationIndex> {
    this.index ??= fetch(this.config.index).then((response) => {
      if (!response.ok) throw new Error(`recommendations index: ${response.status}`)
      return response.json() as Promise<RecommendationIndex>
    })
    return this.index
  }

  private async show(state: FacetState): Promise<void> {
    const run = ++this.run
    const active = Object.keys(state).length > 0
    this.clear.hidden = !active
    if (!active && this.index === undefined) {
      this.reset()
      this.markShown(state)
      return
    }
    this.status.textContent = this.config.strings.loading
    let index: RecommendationIndex
    try {
      index = await this.loadIndex()
    } catch {
      this.index = undefined
      if (run === this.run) this.status.textContent = this.config.strings.error
      return
    }
    if (run !== this.run) return
    const result = applyFacets(index, state)
    for (const [key, select] of this.selects) {
      const counts = result.counts[key]
      for (const option of Array.from(select.options)) {
        if (!option.value) continue
        const count = counts.get(option.value) ?? 0
        option.textContent = `${option.dataset.label ?? option.value} (${formatNumber(this.config.lang, count)})`
        option.dataset.count = String(count)
      }
    }
    if (!active) {
      this.reset()
    } else {
      this.items = result.items
      this.shown = 0
      this.list.replaceChildren()
      this.showMore(false)
      this.status.textContent = formatCount(
        this.config,
        this.config.plurals.count,
        this.items.length,
      )
    }
    this.markShown(state)
  }

  /** Marks the form with the state it now shows (what a test can wait for). */
  private markShown(state: FacetState): void {
    this.form.dataset.state = writeFacetState(state).toString()
  }

  private reset(): void {
    this.items = []
    this.shown = 0
    this.list.replaceChildren()
    this.list.hidden = true
    this.more.hidden = true
    this.status.textContent = ''
  }

  private showMore(moveFocus: boolean): void {
    const next = this.items.slice(this.shown, this.shown + pageSize)
    const rows = next.map((item) => this.row(item))
    this.list.append(...rows)
    this.list.hidden = this.items.length === 0
    this.shown += next.length
    this.more.hidden = this.shown >= this.items.length
    if (moveFocus) rows[0]?.querySelector('a')?.focus()
  }

  private row([code, text, , , , , textLang]: IndexItem): HTMLLIElement {
    const li = document.createElement('li')
    const link = document.createElement('a')
    link.href = urls.recommendation(this.config.lang, code)
    const bdi = document.createElement('bdi')
    bdi.dir = 'ltr'
    bdi.className = 'code'
    bdi.textContent = code
    link.append(bdi)
    const p = document.createElement('p')
    p.textContent = text
    if (isLocaleCode(textLang)) {
      p.lang = textLang
      p.dir = getLocale(textLang).dir
      const notice = document.createElement('small')
      notice.className = 'fallback-notice'
      notice.lang = this.config.lang
      notice.textContent = ` ${this.config.strings.fallback}`
      li.append(link, p, notice)
    } else {
      li.append(link, p)
    }
    return li
  }
}

new RecommendationsBrowser(
  readConfig(document),
  byId('recommendations-filters', HTMLFormElement),
  byId('recommendations-status', HTMLElement),
  byId('recommendations-results', HTMLUListElement),
  byId('recommendations-more', HTMLButtonElement),
  byId('recommendations-clear', HTMLButtonElement),
).start()
