/**
 * A camera photo that gives its owner away (GPS position, the owner's name in EXIF, the phone's
 * make and model, an XMP packet, a rotated orientation), made with sharp, and a check that lists
 * which of those marks a file still carries: sharp's metadata reader for what a tool would read,
 * a raw byte scan for what hides where sharp does not look. Also a PNG that lies about its size.
 */
import { crc32 } from 'node:zlib'
import sharp, { type Metadata } from 'sharp'

export const ownerName = 'Layla Haddad (camera owner)'
export const cameraMake = 'Apple'
export const cameraModel = 'iPhone 14 Pro'

const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"><dc:creator>${ownerName}</dc:creator><exif:GPSLatitude>33,30.0N</exif:GPSLatitude></rdf:Description></rdf:RDF></x:xmpmeta>`

export async function photoWithLocation(): Promise<{
  bytes: Buffer
  width: number
  height: number
}> {
  // Larger than every image size of the media collection, so each resized copy is made too.
  const [width, height] = [1400, 1000]
  const bytes = await sharp({ create: { width, height, channels: 3, background: '#b43' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Artist: ownerName, Make: cameraMake, Model: cameraModel },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '33/1 30/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '36/1 17/1 0/1',
      },
    })
    .withXmp(xmp)
    .toBuffer()
  return { bytes, width, height }
}

/** GPS IFD pointer tag (0x8825) in either byte order. */
const gpsPointer = [Buffer.from([0x25, 0x88]), Buffer.from([0x88, 0x25])]

/** Which identifying marks `bytes` still carries: [] when clean. */
export function identifyingMarks(bytes: Buffer, metadata: Metadata): string[] {
  const marks = new Set<string>()
  if (metadata.exif) marks.add('exif')
  if (metadata.xmp) marks.add('xmp')
  if (metadata.iptc) marks.add('iptc')
  if (metadata.icc) marks.add('icc')
  if (metadata.comments?.length) marks.add('comment')
  if (metadata.orientation && metadata.orientation !== 1) marks.add('orientation')
  if (bytes.includes('Exif\0')) marks.add('exif')
  if (bytes.includes('<x:xmpmeta') || bytes.includes('XMP ')) marks.add('xmp')
  if (
    bytes.includes('GPS') ||
    (metadata.exif && gpsPointer.some((p) => metadata.exif?.includes(p)))
  ) {
    marks.add('gps')
  }
  if (bytes.includes(ownerName.slice(0, 12))) marks.add('name')
  return [...marks].sort()
}

/** A small PNG whose header claims `width` × `height` pixels (its CRC fixed to match). */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
    .png()
    .toBuffer()
  // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), … , CRC after 13 bytes.
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}
