/**
 * Content document → snapshot document. A validated content document already has the snapshot's
 * shape (both schemas come from one definition, the content mode being the stricter); the snapshot
 * adds the publication timestamps the CMS would set.
 */
import type { CollectionSlug, ContentDocument } from '@mahjar/shared/schemas/collections'
import type { Timestamps } from '@mahjar/shared/schemas/common'
import type { PublishedDocument } from '@mahjar/shared/schemas/snapshot'

export function contentToSnapshot<C extends CollectionSlug>(
  doc: ContentDocument<C>,
  timestamps: Timestamps,
): PublishedDocument<C> {
  return { ...doc, ...timestamps }
}
