/**
 * The whole of `pnpm seed`: validate content/ (nothing else happens if it is invalid), then
 * start the CMS and upsert. The CMS is started only after validation, through `openCms`.
 */
import type { Payload } from 'payload'
import { loadContent } from '../content/load-content.ts'
import { corpusSeedDocuments, withSynthetic } from './documents.ts'
import { seedContent, type SeedOptions, type SeedReport } from './seed-content.ts'

export interface SeedFromContentOptions extends SeedOptions {
  readonly synthetic?: number
  readonly randomSeed?: number
  /** Told when validation passed, before the CMS starts. */
  readonly onValidated?: (documentCount: number) => void
}

export async function seedFromContent(
  dir: string,
  openCms: () => Promise<Payload>,
  options: SeedFromContentOptions = {},
): Promise<SeedReport> {
  const corpus = await loadContent(dir)
  const documents = withSynthetic(
    corpusSeedDocuments(corpus.documents),
    options.synthetic ?? 0,
    options.randomSeed,
  )
  options.onValidated?.(Object.values(documents).reduce((sum, docs) => sum + docs.length, 0))
  return seedContent(await openCms(), documents, options)
}
