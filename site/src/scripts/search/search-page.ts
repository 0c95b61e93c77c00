/**
 * The search page: reads the query and filters from the URL, searches Pagefind with the shared
 * Arabic normalisation, shows results with highlights in the original text, keeps the URL in
 * step (so a search can be shared), and offers the other language when this one has no hit.
 */
import {
  engineQueries,
  pagefindFilters,
  readSearchState,
  searchFilterKeys,
  writeSearchState,
  type SearchFilters,
  type SearchState,
} from '@mahjar/shared/search'
import { findResults, type EngineResult } from '@mahjar/shared/search-engine'
import { rankResults } from '@mahjar/shared/search-rank'
import { urls } from '@mahjar/shared/urls'
import { formatCount, readConfig, type SearchPageConfig } from './config.ts'
import { pagefindForPage, pagefindWithOtherLanguage } from './pagefind.ts'
import { filterFieldsets, resultItem, type ResultData } from './render.ts'

const pageSize = 20
const typingDelay = 250

interface Elements {
  form: HTMLFormElement
  input: HTMLInputElement
  filters: HTMLElement
  status: HTMLElement
  results: HTMLOListElement
  more: HTMLButtonElement
  other: HTMLElement
}

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const element = document.getElementById(id)
  if (!(element instanceof type)) throw new Error(`search page: #${id} is missing`)
  return element
}

function chosenFilters(form: HTMLFormElement): SearchFilters {
  const data = new FormData(form)
  const filters: SearchFilters = {}
  for (const key of searchFilterKeys) {
    const values = data.getAll(key).filter((v): v is string => typeof v === 'string')
    if (values.length > 0) filters[key] = values
  }
  return filters
}

class SearchPage {
  private results: EngineResult[] = []
  private shown = 0
  private run = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly config: SearchPageConfig
  private readonly el: Elements

  constructor(config: SearchPageConfig, el: Elements) {
    this.config = config
    this.el = el
  }

  async start(): Promise<void> {
    const state = readSearchState(new URLSearchParams(location.search))
    this.el.input.value = state.query
    this.el.form.hidden = false
    try {
      const pagefind = await pagefindForPage()
      const available = await pagefind.filters()
      const details = document.createElement('details')
      details.open = Object.keys(state.filters).length > 0
      const summary = document.createElement('summary')
      summary.textContent = this.config.strings.filters
      const clear = document.createElement('button')
      clear.type = 'button'
      clear.textContent = this.config.strings.clear
      clear.addEventListener('click', () => {
        for (const box of this.boxes()) box.checked = false
        void this.update('replace')
      })
      details.append(summary, ...filterFieldsets(this.config, available, state.filters), clear)
      this.el.filters.replaceChildren(details)
    } catch {
      this.el.status.textContent = this.config.strings.error
      return
    }
    this.el.form.addEventListener('submit', (event) => {
      event.preventDefault()
      void this.update('push')
    })
    this.el.input.addEventListener('input', () => {
      clearTimeout(this.timer)
      this.timer = setTimeout(() => void this.update('replace'), typingDelay)
    })
    this.el.filters.addEventListener('change', () => void this.update('replace'))
    this.el.more.addEventListener('click', () => void this.showMore(true))
    window.addEventListener('popstate', () => {
      const restored = readSearchState(new URLSearchParams(location.search))
      this.el.input.value = restored.query
      for (const box of this.boxes()) {
        box.checked =
          restored.filters[box.name as keyof SearchFilters]?.includes(box.value) ?? false
      }
      void this.search(restored)
    })
    await this.search(state)
  }

  private boxes(): HTMLInputElement[] {
    return Array.from(this.el.filters.querySelectorAll('input'))
  }

  private state(): SearchState {
    return { query: this.el.input.value.trim(), filters: chosenFilters(this.el.form) }
  }

  private async update(history: 'push' | 'replace'): Promise<void> {
    clearTimeout(this.timer)
    const state = this.state()
    const query = writeSearchState(state).toString()
    const url = `${location.pathname}${query ? `?${query}` : ''}`
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url)
      else window.history.replaceState(null, '', url)
    }
    await this.search(state)
  }

  private async search(state: SearchState): Promise<void> {
    const run = ++this.run
    this.el.other.replaceChildren()
    this.el.other.hidden = true
    this.el.more.hidden = true
    if (state.query === '') {
      this.results = []
      this.el.results.replaceChildren()
      this.el.status.textContent = this.config.strings.empty
      return
    }
    this.el.status.textContent = this.config.strings.loading
    this.el.results.setAttribute('aria-busy', 'true')
    const queries = engineQueries(state.query)
    const filters = pagefindFilters(state.filters)
    const found = await findResults(await pagefindForPage(), queries, filters)
    const results = await rankResults(found, queries)
    if (run !== this.run) return
    this.results = results
    this.shown = 0
    this.el.results.replaceChildren()
    await this.showMore(false)
    if (run !== this.run) return
    this.el.results.removeAttribute('aria-busy')
    this.el.status.textContent = formatCount(
      this.config,
      this.config.plurals.results,
      results.length,
    )
    if (results.length === 0) await this.offerOtherLanguage(state, run)
  }

  private async showMore(moveFocus: boolean): Promise<void> {
    const next = this.results.slice(this.shown, this.shown + pageSize)
    const run = this.run
    const data = (await Promise.all(next.map((result) => result.data()))) as ResultData[]
    if (run !== this.run) return
    const query = this.el.input.value
    const items = data.map((item) => resultItem(this.config, item, query))
    this.el.results.append(...items)
    this.shown += next.length
    this.el.more.hidden = this.shown >= this.results.length
    if (moveFocus) items[0]?.querySelector('a')?.focus()
  }

  private async offerOtherLanguage(state: SearchState, run: number): Promise<void> {
    const other = this.config.otherLang
    const pagefind = await pagefindWithOtherLanguage(other)
    const results = await findResults(
      pagefind,
      engineQueries(state.query),
      pagefindFilters(state.filters),
    )
    if (run !== this.run || results.length === 0) return
    const link = document.createElement('a')
    link.href = `${urls.search(other)}?${writeSearchState(state).toString()}`
    link.hreflang = other
    link.textContent = formatCount(this.config, this.config.plurals.otherLanguage, results.length)
    this.el.other.replaceChildren(link)
    this.el.other.hidden = false
  }
}

const page = new SearchPage(readConfig(document), {
  form: byId('search-form', HTMLFormElement),
  input: byId('search-input', HTMLInputElement),
  filters: byId('search-filters', HTMLElement),
  status: byId('search-status', HTMLElement),
  results: byId('search-results', HTMLOListElement),
  more: byId('search-more', HTMLButtonElement),
  other: byId('search-other', HTMLElement),
})
void page.start()
