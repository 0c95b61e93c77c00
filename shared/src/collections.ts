/**
 * The collection registry: the one table of the published collections. The CMS, the exporter,
 * the content scripts and the site derive their per-collection lists and maps from it (slugs,
 * which have drafts, natural keys, URL families, snapshot files, title fields, names), so a
 * collection's facts change in one place. tests/unit/shared/collections.test.ts checks it against
 * the CMS config, the snapshot schemas and `urls.ts`.
 *
 * The order is the snapshot's write order: every relation points at a collection listed before.
 */

import type { MessageKey } from './i18n.ts'

/** What a collection's pages are: the first path segment after the language, and its title field. */
export interface CollectionPages {
  /** The URL family, `/{lang}/<family>/…`; `urls.ts` builds every path of it. */
  readonly family: string
  /** The field that says what an item is (a withdrawal notice's "what it was"). */
  readonly titleField: string
  /**
   * The word the site puts above an item (its page's eyebrow, its withdrawal notice): its name,
   * but "Campaign" for an edition, whose page is its campaign's.
   */
  readonly kind: MessageKey
  /**
   * The folder of its items' language-neutral short links (`/f/<code>/`), for coded collections
   * whose items people cite by code; `urls.ts` builds them, `pages/[shortLink]/[code].astro` renders them.
   */
  readonly shortLink?: string
  /** What its items are cited as (`/cite/<family>/…` downloads, CiteThis), when people cite them. */
  readonly citable?: 'report' | 'finding' | 'recommendation'
}

export interface CollectionFacts {
  /** Drafts, versions and scheduled publishing in the CMS (cms/src/collections/publishable.ts). */
  readonly drafts: boolean
  /** The field or fields that identify a document across content, databases and URLs. */
  readonly key: readonly [string] | readonly [string, string]
  /** The snapshot file of its published documents, `<SNAPSHOT_DIR>/<snapshotFile>`. */
  readonly snapshotFile: string
  /** Its pages on the site; `null` for a taxonomy read only through other pages. */
  readonly pages: CollectionPages | null
}

export const collectionRegistry = {
  themes: { drafts: false, key: ['slug'], snapshotFile: 'themes.json', pages: null },
  audiences: { drafts: false, key: ['slug'], snapshotFile: 'audiences.json', pages: null },
  reports: {
    drafts: true,
    key: ['slug'],
    snapshotFile: 'reports.json',
    pages: {
      family: 'reports',
      titleField: 'title',
      kind: 'collection.reports.one',
      citable: 'report',
    },
  },
  findings: {
    drafts: true,
    key: ['code'],
    snapshotFile: 'findings.json',
    pages: {
      family: 'findings',
      titleField: 'statement',
      kind: 'collection.findings.one',
      shortLink: 'f',
      citable: 'finding',
    },
  },
  recommendations: {
    drafts: true,
    key: ['code'],
    snapshotFile: 'recommendations.json',
    pages: {
      family: 'recommendations',
      titleField: 'text',
      kind: 'collection.recommendations.one',
      shortLink: 'r',
      citable: 'recommendation',
    },
  },
  practices: {
    drafts: true,
    key: ['slug'],
    snapshotFile: 'practices.json',
    pages: { family: 'practices', titleField: 'title', kind: 'collection.practices.one' },
  },
  'campaign-editions': {
    drafts: true,
    key: ['campaign', 'year'],
    snapshotFile: 'campaign-editions.json',
    pages: { family: 'campaigns', titleField: 'theme', kind: 'campaign.label' },
  },
  stories: {
    drafts: true,
    key: ['slug'],
    snapshotFile: 'stories.json',
    pages: { family: 'stories', titleField: 'title', kind: 'collection.stories.one' },
  },
} as const satisfies Readonly<Record<string, CollectionFacts>>

type Registry = typeof collectionRegistry

export type CollectionSlug = keyof Registry
export const collectionSlugs = Object.keys(collectionRegistry) as CollectionSlug[]

/** The collections with pages of their own: open data, withdrawals, redirects, `urls.item`. */
export type PageCollection = {
  [C in CollectionSlug]: Registry[C]['pages'] extends null ? never : C
}[CollectionSlug]
export const pageCollections = collectionSlugs.filter(
  (c): c is PageCollection => collectionRegistry[c].pages !== null,
)

/** The facts of a page collection's pages, as the interface reads them (optional ones included). */
export function pagesOf(collection: PageCollection): CollectionPages {
  return collectionRegistry[collection].pages
}

/** The page collections whose items have a language-neutral short link (`pages.shortLink`). */
export type ShortLinkCollection = {
  [C in PageCollection]: Registry[C]['pages'] extends { readonly shortLink: string } ? C : never
}[PageCollection]
export const shortLinkCollections = pageCollections.filter(
  (c): c is ShortLinkCollection => pagesOf(c).shortLink !== undefined,
)

/** The page collections identified by a slug rather than a code: a renamed one leaves redirects. */
export type SluggedCollection = {
  [C in PageCollection]: Registry[C]['key'][0] extends 'code' ? never : C
}[PageCollection]
export const sluggedCollections = pageCollections.filter(
  (c): c is SluggedCollection => collectionRegistry[c].key[0] !== 'code',
)

/**
 * The key of a document across content files, databases and URLs: its key field, or its key
 * fields joined by `/` (`campaign/year`).
 */
export function naturalKey(
  collection: CollectionSlug,
  doc: Readonly<Record<string, unknown>>,
): string {
  return collectionRegistry[collection].key.map((field) => String(doc[field])).join('/')
}

/** The collections with drafts (Publish, Unpublish, versions). */
export const draftCollections = collectionSlugs.filter((c) => collectionRegistry[c].drafts)

/** Whether the collection with this slug (any CMS collection's) has drafts: the registry says. */
export function hasDrafts(slug: string): boolean {
  return (draftCollections as readonly string[]).includes(slug)
}

/**
 * An object with one entry per collection, each made by `make` for its collection, keeping each
 * collection's own type (`R` is e.g. `{ [C in CollectionSlug]: Document<C>[] }`). TypeScript
 * cannot tell that `Document<C>[]` is `R[C]` for a generic `C`: a `make` that returns the former
 * says `as R[C]`, the one assertion the old hand-written eight-key literals did without.
 */
export function eachCollection<R extends { readonly [C in CollectionSlug]: unknown }>(
  make: <C extends CollectionSlug>(collection: C) => R[C],
): R {
  return Object.fromEntries(collectionSlugs.map((c) => [c, make(c)])) as R
}

/**
 * The dictionary key of a page collection's name, one item or several (`collection.<slug>.one`,
 * `collection.<slug>.other`), for `useTranslations` or the CMS labels.
 */
export type NameForm = 'one' | 'other'
export function collectionNameKey(collection: PageCollection, form: NameForm): MessageKey {
  return `collection.${collection}.${form}`
}
