/**
 * The findings table, enhanced (page 1 of `/{lang}/findings/` only): a filter form (report, its
 * chapter, theme, country; combinable), sortable columns (a button in each sortable `th` in place
 * of its link to the static sorted page, `aria-sort`; the order of `./sort.ts`, the build's too), the state in the URL query (`?report=…&theme=…&sort=figure&order=desc`), a live
 * count of the rows shown and downloads of exactly those rows as CSV and JSON, in the open data's
 * format and columns. The whole table comes from `urls.findingsTableData` (fetched on first use,
 * or at once when the URL already holds a state); the open data file only when downloading.
 * Text is always set as text, never as HTML.
 */
import type { LocaleCode } from '@mahjar/shared/locales'
import { formatCount, type PluralTemplates, type ValueLabel } from '../search/config.ts'
import { markLanguage } from '../search/render.ts'
import { findingSortKeys, type FindingSortKey } from '@mahjar/shared/urls'
import { sortRows, type SortOrder } from './sort.ts'
import type { TableData, TableRow } from './table-data.ts'

export interface TableConfig {
  lang: LocaleCode
  intlLocale: string
  dataUrl: string
  openDataUrl: string
  count: PluralTemplates
  strings: { loading: string; error: string; any: string }
}

const filterFields = ['report', 'chapter', 'theme', 'country'] as const
type FilterField = (typeof filterFields)[number]

export interface TableState {
  filters: Partial<Record<FilterField, string>>
  sort?: FindingSortKey
  order: SortOrder
}

export function readState(search: string): TableState {
  const params = new URLSearchParams(search)
  const filters: TableState['filters'] = {}
  for (const field of filterFields) {
    const value = params.get(field)
    if (value) filters[field] = value
  }
  const sort = params.get('sort')
  return {
    filters,
    ...((findingSortKeys as readonly string[]).includes(sort ?? '') && {
      sort: sort as FindingSortKey,
    }),
    order: params.get('order') === 'desc' ? 'descending' : 'ascending',
  }
}

export function writeState(state: TableState): string {
  const params = new URLSearchParams()
  for (const field of filterFields) {
    const value = state.filters[field]
    if (value) params.set(field, value)
  }
  if (state.sort) {
    params.set('sort', state.sort)
    if (state.order === 'descending') params.set('order', 'desc')
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

function isActive(state: TableState): boolean {
  return state.sort !== undefined || Object.keys(state.filters).length > 0
}

export function matches(row: TableRow, filters: TableState['filters']): boolean {
  return (
    (!filters.report || row.report === filters.report) &&
    (!filters.chapter || row.chapter === filters.chapter) &&
    (!filters.theme || row.themes.includes(filters.theme)) &&
    (!filters.country || row.countries.includes(filters.country))
  )
}

function sorted(rows: TableRow[], state: TableState, data: TableData, intlLocale: string) {
  if (!state.sort) return rows
  return sortRows(rows, state.sort, state.order, intlLocale, (row) => ({
    code: row.code,
    value: row.value,
    reportTitle: data.reports[row.report]?.title.text ?? row.report,
  }))
}

function text(tag: string, label: ValueLabel | undefined, className?: string): HTMLElement {
  const element = document.createElement(tag)
  if (className) element.className = className
  element.textContent = label?.text ?? ''
  markLanguage(element, label?.lang)
  return element
}

function link(href: string, child: Node): HTMLAnchorElement {
  const anchor = document.createElement('a')
  anchor.href = href
  anchor.append(child)
  return anchor
}

/** One row, as FindingsTable.astro writes it. */
function rowElement(row: TableRow, data: TableData): HTMLTableRowElement {
  const tr = document.createElement('tr')
  tr.dataset.code = row.code
  const head = document.createElement('th')
  head.scope = 'row'
  const code = text('bdi', { text: row.code }, 'code')
  code.dir = 'ltr'
  head.append(link(row.href, code))
  const cell = (className?: string) => {
    const td = document.createElement('td')
    if (className) td.className = className
    return td
  }
  const statement = cell('findings-table__statement')
  const figure = cell('findings-table__figure')
  const [base, exhibit, report, chapter, themes] = [cell(), cell(), cell(), cell(), cell()]
  statement.append(text('span', row.statement))
  if (row.figure) figure.append(text('bdi', { text: row.figure }))
  if (row.base) {
    const bdi = text('bdi', { text: row.base })
    bdi.dir = 'ltr'
    base.append(bdi)
  }
  if (row.exhibit) exhibit.append(text('span', row.exhibit, 'code'))
  const reportData = data.reports[row.report]
  if (reportData) {
    report.append(link(reportData.href, text('span', reportData.title)))
    const chapterTitle = reportData.chapters[row.chapter]
    if (chapterTitle) {
      chapter.append(link(`${reportData.href}#${row.chapter}`, text('span', chapterTitle)))
    }
  }
  const terms = row.themes.flatMap((slug) => {
    const theme = data.themes[slug]
    return theme ? [theme] : []
  })
  if (terms.length > 0) {
    const list = document.createElement('ul')
    list.className = 'tags'
    for (const theme of terms) {
      const item = document.createElement('li')
      if (theme.href) item.append(link(theme.href, text('span', theme.name)))
      else {
        item.className = 'tag-plain'
        item.append(text('span', theme.name))
      }
      list.append(item)
    }
    themes.append(list)
  }
  tr.append(head, statement, figure, base, exhibit, report, chapter, themes)
  return tr
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = name
  anchor.hidden = true
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 10_000)
}

function start(): void {
  const configElement = document.getElementById('findings-config')
  const maybeForm = document.querySelector<HTMLElement>('[data-findings-form]')
  const maybeTable = document.querySelector<HTMLTableElement>('[data-findings-table]')
  const maybeBody = maybeTable?.tBodies[0]
  if (!configElement?.textContent || !maybeForm || !maybeTable || !maybeBody) return
  const form: HTMLElement = maybeForm
  const table: HTMLTableElement = maybeTable
  const body: HTMLTableSectionElement = maybeBody
  const config = JSON.parse(configElement.textContent) as TableConfig
  const countOutput = form.querySelector<HTMLOutputElement>('[data-shown-count]')
  const select = (field: FilterField) =>
    form.querySelector<HTMLSelectElement>(`select[name="${field}"]`)
  const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>('th[data-sort]'))
  let state = readState(window.location.search)
  let data: Promise<TableData> | undefined
  let openData: Promise<{ docs: { code: string }[] }> | undefined
  /** The rows shown, in their order; undefined while the page's own rows are shown. */
  let shown: TableRow[] | undefined

  const loadData = () =>
    (data ??= fetch(config.dataUrl).then((response) => {
      if (!response.ok) throw new Error(`${config.dataUrl}: ${String(response.status)}`)
      return response.json() as Promise<TableData>
    }))

  function syncControls(tableData?: TableData): void {
    for (const field of filterFields) {
      const element = select(field)
      if (!element) continue
      if (field === 'chapter') {
        const chapters = state.filters.report
          ? tableData?.reports[state.filters.report]?.chapters
          : undefined
        const used = new Set(
          tableData?.rows.filter((r) => r.report === state.filters.report).map((r) => r.chapter),
        )
        element.replaceChildren(text('option', { text: config.strings.any }))
        ;(element.firstChild as HTMLOptionElement).value = ''
        for (const [key, title] of Object.entries(chapters ?? {})) {
          if (!used.has(key)) continue
          const option = text('option', title) as HTMLOptionElement
          option.value = key
          element.append(option)
        }
        element.disabled = !chapters
      }
      element.value = state.filters[field] ?? ''
    }
    for (const th of headers) {
      if (th.dataset.sort === state.sort) th.setAttribute('aria-sort', state.order)
      else th.removeAttribute('aria-sort')
    }
  }

  async function render(): Promise<void> {
    const url = `${window.location.pathname}${writeState(state)}${window.location.hash}`
    window.history.replaceState(null, '', url)
    syncControls(undefined)
    if (!isActive(state) && shown === undefined) return
    table.setAttribute('aria-busy', 'true')
    if (countOutput) countOutput.textContent = config.strings.loading
    try {
      const tableData = await loadData()
      syncControls(tableData)
      shown = sorted(
        tableData.rows.filter((row) => matches(row, state.filters)),
        state,
        tableData,
        config.intlLocale,
      )
      body.replaceChildren(...shown.map((row) => rowElement(row, tableData)))
      for (const nav of Array.from(document.querySelectorAll<HTMLElement>('nav.pagination'))) {
        nav.hidden = true
      }
      if (countOutput) countOutput.textContent = formatCount(config, config.count, shown.length)
      table.dataset.shown = String(shown.length)
    } catch {
      if (countOutput) countOutput.textContent = config.strings.error
    } finally {
      table.removeAttribute('aria-busy')
    }
  }

  for (const th of headers) {
    const key = th.dataset.sort as FindingSortKey
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'sort-button'
    // The header's link to the static sorted page (for readers without JavaScript) becomes a
    // button that sorts in place.
    const headerLink = th.querySelector('a')
    button.append(...Array.from((headerLink ?? th).childNodes))
    if (headerLink) headerLink.replaceWith(button)
    else th.append(button)
    button.addEventListener('click', () => {
      state = {
        ...state,
        sort: key,
        order: state.sort === key && state.order === 'ascending' ? 'descending' : 'ascending',
      }
      void render()
    })
  }

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLSelectElement
    const field = target.name as FilterField
    const filters = { ...state.filters, [field]: target.value || undefined }
    if (field === 'report') delete filters.chapter
    state = {
      ...state,
      filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
    }
    void render()
  })
  form.querySelector('[data-reset]')?.addEventListener('click', () => {
    state = { filters: {}, order: 'ascending' }
    void render()
  })
  for (const button of Array.from(form.querySelectorAll<HTMLButtonElement>('[data-download]'))) {
    button.addEventListener('click', () => {
      void (async () => {
        const format = button.dataset.download === 'json' ? 'json' : 'csv'
        const rows = shown ?? (await loadData()).rows
        openData ??= fetch(config.openDataUrl).then(
          (response) => response.json() as Promise<{ docs: { code: string }[] }>,
        )
        const file = await openData
        const byCode = new Map(file.docs.map((doc) => [doc.code, doc]))
        const docs = rows.flatMap((row) => {
          const doc = byCode.get(row.code)
          return doc ? [doc] : []
        })
        if (format === 'json') {
          download(
            'findings.json',
            'application/json',
            `${JSON.stringify({ ...file, docs }, null, 2)}\n`,
          )
        } else {
          // The CSV writer (csv-stringify's browser build) loads on the first CSV download only.
          const { csvColumns, toCsv } = await import('@mahjar/shared/csv')
          download('findings.csv', 'text/csv', toCsv(docs, csvColumns(file.docs)))
        }
      })()
    })
  }

  form.hidden = false
  void render()
}

start()
