/** What `pnpm seed` writes: the content corpus, plus synthetic recommendations when asked. */
import type { CorpusDocuments } from '../content/corpus.ts'
import { eachCollection, type CollectionSlug } from '@mahjar/shared/collections'
import { syntheticRecommendations } from '../../bench/lib/synthetic.ts'
import type { SeedDocuments } from './seed-content.ts'

export function corpusSeedDocuments(documents: CorpusDocuments): SeedDocuments {
  return eachCollection<SeedDocuments>(
    <C extends CollectionSlug>(collection: C) =>
      documents[collection].map((d) => d.doc) as SeedDocuments[C],
  )
}

/** Adds `count` synthetic recommendations to the first report, citing its findings. */
export function withSynthetic(documents: SeedDocuments, count: number, seed = 1): SeedDocuments {
  if (count === 0) return documents
  const report = documents.reports[0]?.slug
  if (report === undefined) throw new Error('--synthetic needs a report in content/ to attach to')
  const synthetic = syntheticRecommendations({
    count,
    seed,
    report,
    audiences: documents.audiences.map((a) => a.slug),
    themes: documents.themes.map((t) => t.slug),
    findings: documents.findings.filter((f) => f.report === report).map((f) => f.code),
  })
  return { ...documents, recommendations: [...documents.recommendations, ...synthetic] }
}
