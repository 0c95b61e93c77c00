/**
 * How the CMS reads an untrusted image, in one place for every path that takes one (the media
 * library's uploads, participants' submissions): the type is judged by sharp's own decoder from
 * the bytes, never by a name or a declared MIME type, and an image is decoded only within a pixel
 * limit, upright. A pipeline started here and encoded without `withMetadata()` writes no EXIF
 * (GPS position, camera owner, make and model, serial number), XMP, IPTC, comment or ICC profile:
 * the camera's orientation is applied to the pixels (`.rotate()`) instead of being kept as a tag.
 */
import sharp, { type Metadata, type Sharp } from 'sharp'

/** Pixels an image may have at most (a 50-megapixel camera fits; a decompression bomb does not). */
export const maxImagePixels = 100_000_000

/** The image's header as sharp's decoder reads it, or undefined when the bytes are no image it knows. */
export async function imageMetadata(bytes: Buffer): Promise<Metadata | undefined> {
  return sharp(bytes)
    .metadata()
    .catch(() => undefined)
}

/**
 * The image decoded upright within the pixel limit, failing on damaged data, ready for an encoder;
 * what it encodes carries none of the original's metadata.
 */
export function uprightImage(bytes: Buffer): Sharp {
  return sharp(bytes, { limitInputPixels: maxImagePixels, failOn: 'error' }).rotate()
}
