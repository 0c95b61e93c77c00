/** The snapshot documents a content corpus stands for, as if every document were published. */
import { contentToSnapshot } from '@mahjar/cms/snapshot/from-content'
import type { SnapshotDocuments } from '@mahjar/cms/snapshot/files'
import { eachCollection, type CollectionSlug } from '@mahjar/shared/collections'
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
  return eachCollection<SnapshotDocuments>(
    <C extends CollectionSlug>(collection: C) =>
      mapCollection(documents, collection, timestamps) as SnapshotDocuments[C],
  )
}
