/**
 * Every uploaded image is re-encoded before Payload writes anything, so no file the CMS stores
 * or serves (the original included, not only the resized copies) keeps what identifies a person
 * or a place: EXIF (GPS position, camera owner, serial number), XMP, IPTC, comments and the ICC
 * profile are dropped by sharp, and the camera's orientation is applied to the pixels
 * (`.rotate()`) instead of being kept as a tag. The real type is judged by the bytes (sharp's
 * own decoder, `%PDF-` for PDFs), never by the name or the declared MIME type: an SVG, an HTML
 * page named .jpg, an empty file or an image too large to decode safely is refused with a 400
 * naming the file, in the request's language, and nothing is stored.
 * A PDF is rewritten whole (`cleanPdf`) without its document information (author, creator,
 * producer, title, dates), XMP metadata and application data (PieceInfo), which word processors
 * fill with the account name of whoever wrote it; a PDF that cannot be read (broken or
 * password-protected) is refused.
 */
import { readFile, writeFile } from 'node:fs/promises'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { PDFDocument, PDFName, PDFRef, type PDFDict } from '@cantoo/pdf-lib'
import type { Metadata, Sharp } from 'sharp'
import { message } from '../../i18n/messages.ts'
import { refuseField } from '../../fields/refuseField.ts'
import { imageMetadata, maxImagePixels, uprightImage } from '../../lib/images.ts'

/** Each image format the media library takes: its MIME type and a clean re-encoding. */
export const imageFormats = {
  jpeg: {
    mime: 'image/jpeg',
    encode: (image: Sharp) => image.jpeg({ quality: 92, mozjpeg: true }),
  },
  png: { mime: 'image/png', encode: (image: Sharp) => image.png() },
  webp: { mime: 'image/webp', encode: (image: Sharp) => image.webp({ quality: 92 }) },
  avif: { mime: 'image/avif', encode: (image: Sharp) => image.avif({ quality: 80 }) },
} as const

export type ImageFormat = (typeof imageFormats)[keyof typeof imageFormats]

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-'

/** The end of a whole PDF: its cross-reference pointer and end marker (as Payload checks). */
function pdfIsComplete(bytes: Buffer): boolean {
  const end = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1')
  return end.includes('%%EOF') && end.includes('xref')
}

/** Removes `key` from `dict`, and the object it points to, so the rewrite does not keep it. */
function drop(doc: PDFDocument, dict: PDFDict, key: string) {
  const value = dict.get(PDFName.of(key))
  if (value instanceof PDFRef) doc.context.delete(value)
  dict.delete(PDFName.of(key))
}

/**
 * The PDF rewritten whole (no incremental update keeps the old objects) without what names its
 * author: the document information dictionary (author, creator, title, dates), the document's and
 * each page's XMP
 * `Metadata` stream and `PieceInfo` (an editor application's private data).
 */
export async function cleanPdf(bytes: Uint8Array): Promise<Buffer> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const info = doc.context.trailerInfo.Info
  if (info instanceof PDFRef) doc.context.delete(info)
  doc.context.trailerInfo.Info = undefined
  for (const key of ['Metadata', 'PieceInfo']) {
    drop(doc, doc.catalog, key)
    for (const page of doc.getPages()) drop(doc, page.node, key)
  }
  return Buffer.from(await doc.save({ updateFieldAppearances: false }))
}

type UploadFile = NonNullable<PayloadRequest['file']>

async function bytesOf(file: UploadFile): Promise<Buffer> {
  if (file.data.length > 0 || !file.tempFilePath) return file.data
  return readFile(file.tempFilePath)
}

/** The format of a decoded image, or undefined when the media library does not take it. */
export function allowedFormat(metadata: Metadata): ImageFormat | undefined {
  switch (metadata.format) {
    case 'jpeg':
    case 'png':
    case 'webp':
      return imageFormats[metadata.format]
    case 'heif':
      // HEIF is a container: only its AV1 flavour (AVIF) is a format browsers show.
      return metadata.compression === 'av1' ? imageFormats.avif : undefined
    default:
      return undefined
  }
}

export const cleanUpload: CollectionBeforeOperationHook = async (hook) => {
  const { args, req } = hook
  const file = req.file
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the union names the deprecated 'read'; we test writes
  if (!file || (hook.operation !== 'create' && hook.operation !== 'update')) return args
  const name = file.name
  const bytes = await bytesOf(file)
  if (bytes.length === 0) refuseField(req, 'media', 'file', message(req, 'uploadEmpty'))
  if (isPdf(bytes)) {
    if (!pdfIsComplete(bytes)) {
      refuseField(req, 'media', 'file', message(req, 'uploadUnreadable', { name }))
    }
    const clean = await cleanPdf(bytes).catch(() =>
      refuseField(req, 'media', 'file', message(req, 'uploadUnreadable', { name })),
    )
    await replaceBytes(file, clean, 'application/pdf')
    return args
  }
  const notAllowed = () =>
    refuseField(req, 'media', 'file', message(req, 'uploadNotAllowed', { name }))
  const metadata = await imageMetadata(bytes)
  const kind = metadata && allowedFormat(metadata)
  if (!metadata || !kind) return notAllowed()
  const { width, height } = metadata
  if (width * height > maxImagePixels) {
    refuseField(
      req,
      'media',
      'file',
      message(req, 'uploadTooManyPixels', { name, width, height, max: maxImagePixels / 1e6 }),
    )
  }
  // Without withMetadata(), sharp writes no EXIF, XMP, IPTC, comment or ICC profile.
  const clean = await kind
    .encode(uprightImage(bytes))
    .toBuffer()
    .catch(() => refuseField(req, 'media', 'file', message(req, 'uploadUnreadable', { name })))
  await replaceBytes(file, clean, kind.mime)
  return args
}

/** Puts the cleaned bytes where Payload reads the upload from (memory and its temporary file). */
async function replaceBytes(file: UploadFile, clean: Buffer, mimetype: string) {
  file.data = clean
  file.size = clean.length
  file.mimetype = mimetype
  if (file.tempFilePath) await writeFile(file.tempFilePath, clean)
}
