/**
 * The published collections' schemas in both modes (content and snapshot). Collection slugs are
 * fixed (product.md) and listed in the collection registry (shared/src/collections.ts).
 */
import type { z } from 'zod'
import type { CollectionSlug } from '../collections.ts'
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
  } satisfies { [C in CollectionSlug]: z.ZodType }
}

export const contentSchemas = schemasFor('content')
export const snapshotDocumentSchemas = schemasFor('snapshot')

export { collectionSlugs, naturalKey, type CollectionSlug } from '../collections.ts'

export type Theme = z.infer<typeof snapshotDocumentSchemas.themes>
export type Audience = z.infer<typeof snapshotDocumentSchemas.audiences>
export type Report = z.infer<typeof snapshotDocumentSchemas.reports>
export type Finding = z.infer<typeof snapshotDocumentSchemas.findings>
export type Recommendation = z.infer<typeof snapshotDocumentSchemas.recommendations>
export type Practice = z.infer<typeof snapshotDocumentSchemas.practices>
export type CampaignEdition = z.infer<(typeof snapshotDocumentSchemas)['campaign-editions']>
export type Story = z.infer<typeof snapshotDocumentSchemas.stories>
export type ContentDocument<C extends CollectionSlug> = z.infer<(typeof contentSchemas)[C]>
