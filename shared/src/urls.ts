/**
 * Builders for every public URL of the site (product.md, "Public URLs"). Every link, sitemap
 * entry, feed item, citation and redirect goes through these, so a URL family changes in one place.
 * All return root-relative paths with a trailing slash; use `absoluteUrl` for canonical links.
 */
import {
  collectionRegistry,
  naturalKey,
  pageCollections,
  pagesOf,
  type PageCollection,
} from './collections.ts'
import {
  assertSlug,
  codeToUrlSegment,
  photoFilePattern,
  photoFolder,
  UnsafeIdentifierError,
} from './identifiers.ts'
import { isLocaleCode, localeCodes, type LocaleCode } from './locales.ts'

function locale(lang: LocaleCode): LocaleCode {
  if (!isLocaleCode(lang)) {
    throw new UnsafeIdentifierError('locale', lang, `expected one of ${localeCodes.join(', ')}`)
  }
  return lang
}

function prefix(lang: LocaleCode): string {
  return `/${locale(lang)}/`
}

/** The first page of a collection's URL family, `/{lang}/<family>/` (the registry names it). */
function family(lang: LocaleCode, collection: PageCollection): string {
  return `${prefix(lang)}${collectionRegistry[collection].pages.family}/`
}

function year(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2999) {
    throw new UnsafeIdentifierError('year', value, 'expected a four-digit year')
  }
  return value
}

export const editorialPages = ['about', 'approach', 'how-to-cite', 'privacy'] as const
export type EditorialPage = (typeof editorialPages)[number]

/** The collections with open data files: those with pages (the registry's page collections). */
export const dataCollections: readonly DataCollection[] = pageCollections
export type DataCollection = PageCollection
export const dataFormats = ['json', 'csv'] as const
export type DataFormat = (typeof dataFormats)[number]

/** What a citation can be downloaded for; its downloads are under `/cite/<family>/` (registry). */
export const citableKinds = ['report', 'finding', 'recommendation'] as const
export type CitableKind = (typeof citableKinds)[number]

/** The page collection whose items are cited as each kind, read from the registry once. */
const citedCollections = new Map<string, PageCollection>(
  pageCollections.flatMap((c) => {
    const kind = pagesOf(c).citable
    return kind === undefined ? [] : [[kind, c] as const]
  }),
)

function citedCollection(kind: CitableKind): PageCollection {
  const collection = citedCollections.get(kind)
  if (collection === undefined)
    throw new UnsafeIdentifierError('citable kind', kind, 'not in the registry')
  return collection
}

/** The short link of an item of `collection`, when the registry gives it one: `/f/aie-f04/`. */
function shortLinkOf(collection: PageCollection, code: string): string | undefined {
  const folder = pagesOf(collection).shortLink
  return folder === undefined ? undefined : `/${folder}/${codeToUrlSegment(code)}/`
}

/** The kinds with a short link (`/f/…` for findings, `/r/…` for recommendations: the registry). */
export type ShortLinkKind = 'finding' | 'recommendation'

/** The formats of a citation download, and the file extension each is published under. */
export const citationFormats = ['bibtex', 'ris', 'csl'] as const
export type CitationFormat = (typeof citationFormats)[number]
export const citationFileExtensions: Readonly<Record<CitationFormat, string>> = {
  bibtex: 'bib',
  ris: 'ris',
  csl: 'csl.json',
}

/**
 * The file name stem of a citation download or share card: the key (a report slug, or a code in
 * lowercase) and the language, `aie-f04.ar`, `activism-in-exile.en`.
 */
function fileStem(key: string, lang: LocaleCode): string {
  const safe = /^[a-z0-9-]+$/.test(key) ? key : codeToUrlSegment(key)
  return `${safe}.${locale(lang)}`
}

/** What the findings table can be narrowed to without JavaScript: one report, theme or country. */
export const findingFilterKinds = ['report', 'theme', 'country'] as const
export type FindingFilterKind = (typeof findingFilterKinds)[number]

function findingFilterKind(kind: string): FindingFilterKind {
  if (!(findingFilterKinds as readonly string[]).includes(kind)) {
    throw new UnsafeIdentifierError('finding filter', kind, 'expected report, theme or country')
  }
  return kind as FindingFilterKind
}

/**
 * The columns the findings table sorts by, and the two orders as their URLs spell them (the
 * table's script writes the same `sort` and `order=desc` in its query).
 */
export const findingSortKeys = ['code', 'figure', 'report'] as const
export type FindingSortKey = (typeof findingSortKeys)[number]
export const findingSortOrders = ['asc', 'desc'] as const
export type FindingSortOrder = (typeof findingSortOrders)[number]

export const urls = {
  home: (lang: LocaleCode) => prefix(lang),
  /** Every report; the browse pages below list every item of their kind. */
  reports: (lang: LocaleCode) => family(lang, 'reports'),
  report: (lang: LocaleCode, slug: string) => `${family(lang, 'reports')}${assertSlug(slug)}/`,
  /** The findings table (page 1; page n of a long table is `…/findings/n/`, see `pagedPath`). */
  findings: (lang: LocaleCode) => family(lang, 'findings'),
  finding: (lang: LocaleCode, code: string) =>
    `${family(lang, 'findings')}${codeToUrlSegment(code)}/`,
  /**
   * The findings of one report, theme or country (`key`: report or theme slug, lower-case country
   * code); page n of a long one is `…/n/` (see `pagedPath`).
   */
  findingsBy: (lang: LocaleCode, kind: FindingFilterKind, key: string) =>
    `${family(lang, 'findings')}${findingFilterKind(kind)}/${assertSlug(key, `${kind} key`)}/`,
  /**
   * The whole findings table sorted by one column, ascending or descending, without JavaScript
   * (the column headers link here); page n of it is `…/n/` (see `pagedPath`). Codes always hold
   * a hyphen, so `sorted` never collides with a finding's page.
   */
  findingsSorted: (lang: LocaleCode, key: FindingSortKey, order: FindingSortOrder) => {
    if (!(findingSortKeys as readonly string[]).includes(key)) {
      throw new UnsafeIdentifierError('sort key', key, 'expected code, figure or report')
    }
    if (!(findingSortOrders as readonly string[]).includes(order)) {
      throw new UnsafeIdentifierError('sort order', order, 'expected "asc" or "desc"')
    }
    return `${family(lang, 'findings')}sorted/${key}/${order}/`
  },
  /** Every row of the findings table in compact form, for its script (filters, sorting). */
  findingsTableData: (lang: LocaleCode) => `${family(lang, 'findings')}table.json`,
  /** The open data of those findings alone: the rows of `/data/findings.*` that match. */
  findingsByData: (kind: FindingFilterKind, key: string, format: DataFormat) => {
    if (!(dataFormats as readonly string[]).includes(format)) {
      throw new UnsafeIdentifierError('data format', format, 'expected "json" or "csv"')
    }
    return `/data/findings/${findingFilterKind(kind)}/${assertSlug(key, `${kind} key`)}.${format}`
  },
  recommendations: (lang: LocaleCode) => family(lang, 'recommendations'),
  recommendation: (lang: LocaleCode, code: string) =>
    `${family(lang, 'recommendations')}${codeToUrlSegment(code)}/`,
  practices: (lang: LocaleCode) => family(lang, 'practices'),
  practice: (lang: LocaleCode, slug: string) => `${family(lang, 'practices')}${assertSlug(slug)}/`,
  campaigns: (lang: LocaleCode) => family(lang, 'campaign-editions'),
  /** Every edition of one campaign. */
  campaign: (lang: LocaleCode, campaign: string) =>
    `${family(lang, 'campaign-editions')}${assertSlug(campaign, 'campaign slug')}/`,
  campaignEdition: (lang: LocaleCode, campaign: string, editionYear: number) =>
    `${family(lang, 'campaign-editions')}${assertSlug(campaign, 'campaign slug')}/${year(editionYear)}/`,
  stories: (lang: LocaleCode) => family(lang, 'stories'),
  story: (lang: LocaleCode, slug: string) => `${family(lang, 'stories')}${assertSlug(slug)}/`,
  /** The page of the item of `collection` with natural key `key` (`campaign/year` for editions). */
  item: (collection: DataCollection, key: string, lang: LocaleCode): string => {
    switch (collection) {
      case 'reports':
        return urls.report(lang, key)
      case 'findings':
        return urls.finding(lang, key)
      case 'recommendations':
        return urls.recommendation(lang, key)
      case 'practices':
        return urls.practice(lang, key)
      case 'stories':
        return urls.story(lang, key)
      case 'campaign-editions': {
        const [campaign = '', editionYear = ''] = key.split('/')
        return urls.campaignEdition(lang, campaign, Number(editionYear))
      }
    }
  },
  /** Recommendations whose current follow-up status is `status` (`none`: nothing recorded). */
  recommendationsByStatus: (lang: LocaleCode, status: string) =>
    `${family(lang, 'recommendations')}status/${assertSlug(status, 'follow-up status')}/`,
  /** Recommendations addressed to an audience, on a theme, or of a report (the browser's groups). */
  recommendationsByTerm: (
    lang: LocaleCode,
    kind: 'audience' | 'theme' | 'report',
    slug: string,
  ) => {
    if (!(['audience', 'theme', 'report'] as readonly string[]).includes(kind)) {
      throw new UnsafeIdentifierError('term kind', kind, 'expected "audience", "theme" or "report"')
    }
    return `${family(lang, 'recommendations')}${kind}/${assertSlug(slug, `${kind} slug`)}/`
  },
  /** Every recommendation resting on one finding (its page lists the first few). */
  recommendationsByFinding: (lang: LocaleCode, code: string) =>
    `${family(lang, 'recommendations')}finding/${codeToUrlSegment(code)}/`,
  /** A report's follow-up overview: status of its recommendations by audience and by theme. */
  followUp: (lang: LocaleCode, reportSlug: string) =>
    `${family(lang, 'reports')}${assertSlug(reportSlug)}/follow-up/`,
  /** The Atom feed of a language: reports, findings and stories, newest first. */
  feed: (lang: LocaleCode) => `${prefix(lang)}feed.xml`,
  /** The recommendations browser's compact index (code, text, audiences, themes, report, status). */
  recommendationsIndex: (lang: LocaleCode) => `${family(lang, 'recommendations')}index.json`,
  /** The Atom feed of follow-up entries, newest first, in one language. */
  followUpFeed: (lang: LocaleCode) => `${family(lang, 'recommendations')}follow-up.xml`,
  /** Open data of every published follow-up entry (both languages in each file). */
  followUpData: (format: DataFormat) => {
    if (!(dataFormats as readonly string[]).includes(format)) {
      throw new UnsafeIdentifierError('data format', format, 'expected "json" or "csv"')
    }
    return `/data/follow-up.${format}`
  },
  /** The search page; with a query, the shareable URL that opens the search already run. */
  search: (lang: LocaleCode, query?: string) => {
    const base = `${prefix(lang)}search/`
    return query ? `${base}?${new URLSearchParams({ q: query }).toString()}` : base
  },
  page: (lang: LocaleCode, page: EditorialPage) => {
    if (!(editorialPages as readonly string[]).includes(page)) {
      throw new UnsafeIdentifierError('page', page, `expected one of ${editorialPages.join(', ')}`)
    }
    return `${prefix(lang)}${page}/`
  },
  /** Open data files are language-neutral: both languages live in each file. */
  dataFile: (collection: DataCollection, format: DataFormat) => {
    if (!(dataCollections as readonly string[]).includes(collection)) {
      throw new UnsafeIdentifierError('data collection', collection, 'not an open data collection')
    }
    if (!(dataFormats as readonly string[]).includes(format)) {
      throw new UnsafeIdentifierError('data format', format, 'expected "json" or "csv"')
    }
    return `/data/${collection}.${format}`
  },
  /** A participant's published photo (a story's `photo.file`): `/media/photo-1a2b….webp`. */
  photo: (file: string) => {
    if (!photoFilePattern.test(file)) {
      throw new UnsafeIdentifierError(
        'photo file',
        file,
        'expected a name such as "photo-1a2b.webp"',
      )
    }
    return `/${photoFolder}/${file}`
  },
  /** The JSON Schema of every open data file: `/data/schema.json`. */
  dataSchema: () => '/data/schema.json',
  /** The open data's licence and how its CSV is flattened: `/data/README.md`. */
  dataReadme: () => '/data/README.md',
  /**
   * A citation download, language-specific: `/cite/findings/aie-f04.ar.bib`,
   * `/cite/reports/activism-in-exile.en.csl.json` (`key`: a report slug or a code).
   */
  citationFile: (kind: CitableKind, key: string, lang: LocaleCode, format: CitationFormat) => {
    if (!(citableKinds as readonly string[]).includes(kind)) {
      throw new UnsafeIdentifierError(
        'citable kind',
        kind,
        'expected report, finding or recommendation',
      )
    }
    if (!(citationFormats as readonly string[]).includes(format)) {
      throw new UnsafeIdentifierError('citation format', format, 'expected bibtex, ris or csl')
    }
    return `/cite/${pagesOf(citedCollection(kind)).family}/${fileStem(key, lang)}.${citationFileExtensions[format]}`
  },
  /** A finding's share card (its Open Graph image): `/cards/findings/aie-f04.ar.png`. */
  shareCard: (code: string, lang: LocaleCode) => `/cards/findings/${fileStem(code, lang)}.png`,
  /**
   * The short link of a finding or recommendation, language-neutral: `/f/aie-f04/`, `/r/aie-a1/`
   * (a page that leads at once to the reader's language; pages/[shortLink]/[code].astro builds it).
   */
  shortLink: (kind: ShortLinkKind, code: string) => {
    const link = (citableKinds as readonly string[]).includes(kind)
      ? shortLinkOf(citedCollection(kind), code)
      : undefined
    if (link === undefined) {
      throw new UnsafeIdentifierError('short link kind', kind, 'expected finding or recommendation')
    }
    return link
  },
  /** The short link of an item, if its collection has them (findings, recommendations). */
  itemShortLink: (collection: PageCollection, key: string) => shortLinkOf(collection, key),
  /** The sitemap of every localized page, named in robots.txt and in each page's head. */
  sitemap: () => '/sitemap.xml',
} as const

/**
 * Page `page` (1-based) of a paginated list whose first page is at `first`: page 1 is `first`
 * itself, page n is `first` + `n/` (under `findings/` a number never collides with a code: codes
 * are letter-led).
 */
export function pagedPath(first: string, page = 1): string {
  if (!Number.isInteger(page) || page < 1) {
    throw new UnsafeIdentifierError('page', page, 'expected a whole number from 1')
  }
  return page === 1 ? first : `${first}${String(page)}/`
}

/** Joins a configured site origin (e.g. `https://mahjar.example`) and a root-relative path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new UnsafeIdentifierError('path', path, 'expected a root-relative path such as "/ar/"')
  }
  return new URL(path, siteUrl).toString()
}

/**
 * The item whose page, in any language, is at `path` (the inverse of `urls.item`): its collection
 * and its key fields as the URL spells them (a code in lower case), or undefined when `path` is no
 * item page (a listing, a filter, a page of a list).
 */
export function itemAtPath(
  path: string,
): { readonly collection: DataCollection; readonly segments: readonly string[] } | undefined {
  for (const lang of localeCodes) {
    for (const collection of dataCollections) {
      const first = family(lang, collection)
      if (!path.startsWith(first) || !path.endsWith('/')) continue
      const segments = path.slice(first.length, -1).split('/')
      if (segments.length !== collectionRegistry[collection].key.length) continue
      try {
        if (urls.item(collection, segments.join('/'), lang) === path)
          return { collection, segments }
      } catch (error) {
        if (!(error instanceof UnsafeIdentifierError)) throw error
      }
    }
  }
  return undefined
}

/**
 * The permalink of one document of a content collection in `lang`, from its natural key fields
 * (`code`, `slug`, or `campaign` and `year`): the CMS links a published document to its page
 * and the preview builds that page.
 */
export function documentPath(
  collection: DataCollection,
  doc: Readonly<Record<string, unknown>>,
  lang: LocaleCode,
): string {
  return urls.item(collection, naturalKey(collection, doc), lang)
}
