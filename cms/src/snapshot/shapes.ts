/**
 * Where the CMS stores a shared-schema field differently from the snapshot, per collection.
 * Everything not listed has the same name, nesting and value in both (a localized text `{ar,en}`
 * is the CMS's all-locales shape too). Paths are dotted; `*` stands for every item of an array.
 */
import { collectionSlugs, type CollectionSlug } from '@mahjar/shared/collections'

/** Collections a relation can point at: the published ones, and the ISO country list. */
export type RelationTarget = CollectionSlug | 'countries'

export interface Relation {
  readonly path: string
  readonly to: RelationTarget
  readonly many: boolean
}

export interface CollectionShape {
  /** Natural keys in the snapshot, ids in the CMS. */
  readonly relations: readonly Relation[]
  /** Markdown in the snapshot, localized Lexical rich text in the CMS. */
  readonly markdown: readonly string[]
  /** `YYYY-MM-DD` in the snapshot, midnight-UTC ISO timestamps in the CMS. */
  readonly dates: readonly string[]
  /** Lists of localized strings in the snapshot, rows `{ text }` in the CMS. */
  readonly textRows: readonly string[]
  /** Optional groups the CMS always returns: absent in the snapshot when they hold no value. */
  readonly optionalGroups: readonly string[]
  /** Media-library uploads in the CMS, published photos in the snapshot (photos.ts). */
  readonly photos: readonly string[]
}

const none: CollectionShape = {
  relations: [],
  markdown: [],
  dates: [],
  textRows: [],
  optionalGroups: [],
  photos: [],
}

const themes: Relation = { path: 'themes', to: 'themes', many: true }
const report: Relation = { path: 'report', to: 'reports', many: false }
const corrections = 'corrections.*.date'

export const collectionShapes: Readonly<Record<CollectionSlug, CollectionShape>> = {
  themes: none,
  audiences: none,
  reports: {
    ...none,
    relations: [
      themes,
      { path: 'methodology.countriesOfOrigin', to: 'countries', many: true },
      { path: 'methodology.hostCountries', to: 'countries', many: true },
    ],
    markdown: ['summary', 'chapters.*.body'],
    dates: ['publishedOn'],
  },
  findings: {
    ...none,
    relations: [report, themes, { path: 'countries', to: 'countries', many: true }],
    dates: [corrections],
    optionalGroups: ['statistic'],
  },
  recommendations: {
    ...none,
    relations: [
      report,
      themes,
      { path: 'audiences', to: 'audiences', many: true },
      { path: 'evidence', to: 'findings', many: true },
      { path: 'followUp.*.audience', to: 'audiences', many: false },
      { path: 'followUp.*.findings', to: 'findings', many: true },
    ],
    dates: [corrections, 'followUp.*.date', 'followUp.*.sources.*.date'],
  },
  practices: {
    ...none,
    relations: [themes, { path: 'countries', to: 'countries', many: true }],
    markdown: ['body'],
    optionalGroups: ['period'],
  },
  'campaign-editions': {
    ...none,
    markdown: ['summary'],
    dates: ['startDate', 'endDate'],
    textRows: ['objectives'],
  },
  stories: {
    ...none,
    relations: [
      { path: 'country', to: 'countries', many: false },
      { path: 'campaignEdition', to: 'campaign-editions', many: false },
    ],
    markdown: ['body'],
    dates: ['publishedOn'],
    photos: ['photo'],
  },
}

/**
 * The collections in an order where every relation points at one written before: the registry's
 * order (shared/src/collections.ts).
 */
export const writeOrder: readonly CollectionSlug[] = collectionSlugs
