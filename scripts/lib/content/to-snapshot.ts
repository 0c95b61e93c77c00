/** The snapshot documents a content corpus stands for, as if every document were published. */
import { contentToSnapshot } from '@mahjar/cms/snapshot/from-content'
import type { SnapshotDocuments } from '@mahjar/cms/snapshot/files'
import type { CollectionSlug } from '@mahjar/shared/schemas/collections'
import type { Timestamps } from '@mahjar/shared/schemas/common'
import type { PublishedDocument } from '@mahjar/shared/schemas/snapshot'
import type { CorpusDocuments } from './corpus.ts'

function mapCollection<C extends CollectionSlug>(
  documents: CorpusDocuments,
  collection: C,
  timestamps: Timestamps,
): PublishedDocument<C>[] {
  return documents[collection].map((d) => contentToSnapshot<C>(d.doc, timestamps))
}

export function corpusToSnapshot(
  documents: CorpusDocuments,
  timestamps: Timestamps,
): SnapshotDocuments {
  return {
    themes: mapCollection(documents, 'themes', timestamps),
    audiences: mapCollection(documents, 'audiences', timestamps),
    reports: mapCollection(documents, 'reports', timestamps),
    findings: mapCollection(documents, 'findings', timestamps),
    recommendations: mapCollection(documents, 'recommendations', timestamps),
    practices: mapCollection(documents, 'practices', timestamps),
    'campaign-editions': mapCollection(documents, 'campaign-editions', timestamps),
    stories: mapCollection(documents, 'stories', timestamps),
  }
}
