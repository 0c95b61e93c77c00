/**
 * The published collections, their schemas in both modes and their natural keys. Collection
 * slugs are fixed (product.md): the CMS, the exporter, the site and open data all use these names.
 */
import type { z } from 'zod'
import { campaignEdition } from './campaigns.ts'
import type { SchemaMode } from './common.ts'
import { finding } from './findings.ts'
import { practice } from './practices.ts'
import { recommendation } from './recommendations.ts'
import { report } from './reports.ts'
import { story } from './stories.ts'
import { taxonomyTerm } from './taxonomies.ts'

function schemasFor(mode: SchemaMode) {
  return {
    themes: taxonomyTerm(mode),
    audiences: taxonomyTerm(mode),
    reports: report(mode),
    findings: finding(mode),
    recommendations: recommendation(mode),
    practices: practice(mode),
    'campaign-editions': campaignEdition(mode),
    stories: story(mode),
  }
}

export const contentSchemas = schemasFor('content')
export const snapshotDocumentSchemas = schemasFor('snapshot')

export type CollectionSlug = keyof typeof snapshotDocumentSchemas
export const collectionSlugs = Object.keys(snapshotDocumentSchemas) as CollectionSlug[]

/** The field (or fields) that identify a document across content files, databases and URLs. */
export function naturalKey(collection: CollectionSlug, doc: Record<string, unknown>): string {
  switch (collection) {
    case 'findings':
    case 'recommendations':
      return String(doc.code)
    case 'campaign-editions':
      return `${String(doc.campaign)}/${String(doc.year)}`
    default:
      return String(doc.slug)
  }
}

export type Theme = z.infer<typeof snapshotDocumentSchemas.themes>
export type Audience = z.infer<typeof snapshotDocumentSchemas.audiences>
export type Report = z.infer<typeof snapshotDocumentSchemas.reports>
export type Finding = z.infer<typeof snapshotDocumentSchemas.findings>
export type Recommendation = z.infer<typeof snapshotDocumentSchemas.recommendations>
export type Practice = z.infer<typeof snapshotDocumentSchemas.practices>
export type CampaignEdition = z.infer<(typeof snapshotDocumentSchemas)['campaign-editions']>
export type Story = z.infer<typeof snapshotDocumentSchemas.stories>
export type ContentDocument<C extends CollectionSlug> = z.infer<(typeof contentSchemas)[C]>
