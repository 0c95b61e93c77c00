/**
 * The photos published documents carry (a story's `photo`: a participant's photo sent with a
 * demand or a message) as the snapshot publishes them: a copy in the snapshot's `media/` folder,
 * named by a hash of its bytes (nothing of the original name, the uploader or the CMS's ids), and
 * described by its alt text and size. The copy is encoded here, from the library's file, as a
 * WebP at most `publishedWidth` wide, with no metadata (lib/images.ts); the site serves it from
 * its own origin, so no page asks the CMS, or any other host, for it.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import type { z } from 'zod'
import type { storyPhoto } from '@mahjar/shared/schemas/stories'
import { uprightImage } from '../lib/images.ts'
import type { Media } from '../payload-types.ts'
import type { Json } from './paths.ts'

export type PublishedPhoto = z.infer<ReturnType<typeof storyPhoto>>

/** Wide enough for a page's column on a large screen at twice its pixel density. */
const publishedWidth = 1200

export interface SnapshotPhoto {
  readonly photo: PublishedPhoto
  readonly bytes: Uint8Array
}

/** The published copy of the media document `id`, or undefined when readers may not see it. */
async function readPhoto(payload: Payload, id: string): Promise<SnapshotPhoto | undefined> {
  const media = (await payload.findByID({
    collection: 'media',
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
  })) as unknown as (Omit<Media, 'alt'> & { alt: Record<string, string | null> }) | null
  if (!media?.filename || !media.mimeType?.startsWith('image/')) return undefined
  const staticDir = payload.collections.media.config.upload.staticDir ?? ''
  const original = await readFile(path.join(staticDir, path.basename(media.filename)))
  const { data: bytes, info } = await uprightImage(original)
    .resize({ width: publishedWidth, withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true })
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 20)
  const alt = Object.fromEntries(
    Object.entries(media.alt).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )
  return {
    photo: { file: `photo-${hash}.webp`, alt, width: info.width, height: info.height },
    bytes,
  }
}

/** The photos of `ids` (media ids), by id; those readers may not see are left out. */
export async function readPhotos(
  payload: Payload,
  ids: Iterable<string>,
): Promise<Map<string, SnapshotPhoto>> {
  const photos = new Map<string, SnapshotPhoto>()
  for (const id of new Set(ids)) {
    const found = await readPhoto(payload, id)
    if (found) photos.set(id, found)
  }
  return photos
}

/** The published form of each photo, by media id, for `fromPayloadDoc`. */
export function photoValues(photos: ReadonlyMap<string, SnapshotPhoto>): Map<string, Json> {
  return new Map([...photos].map(([id, { photo }]) => [id, photo as unknown as Json]))
}
