/**
 * A PDF as a word processor writes it: the author's name in the document information (author,
 * creator, title, keywords) and in an XMP packet, where anyone who downloads it can read it.
 */
import { PDFDocument, PDFHexString, PDFName } from '@cantoo/pdf-lib'

export const pdfAuthor = 'Salma Haddad'

/** A one-page PDF whose information dictionary and XMP packet both name `pdfAuthor`. */
export async function pdfWithAuthor(): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.addPage([300, 300]).drawText('A report page', { x: 20, y: 150 })
  doc.setAuthor(pdfAuthor)
  doc.setCreator(`Writer on ${pdfAuthor}'s laptop`)
  doc.setTitle(`Draft by ${pdfAuthor}`)
  doc.setKeywords([pdfAuthor, 'exile'])
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${pdfAuthor}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream))
  return Buffer.from(await doc.save({ useObjectStreams: false }))
}

/**
 * Where the PDF still names `pdfAuthor`: its information fields as a reader reads them, an XMP
 * packet, and the raw bytes in the three ways a PDF writes a string (plain, UTF-16 and hex).
 */
export async function pdfMarks(bytes: Buffer): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const marks: string[] = []
  const fields = {
    author: doc.getAuthor(),
    creator: doc.getCreator(),
    title: doc.getTitle(),
    keywords: doc.getKeywords(),
    producer: doc.getProducer(),
  }
  for (const [field, value] of Object.entries(fields)) if (value) marks.push(field)
  if (doc.catalog.get(PDFName.of('Metadata'))) marks.push('xmp')
  const raw = bytes.toString('latin1')
  const utf16 = Buffer.from(pdfAuthor, 'utf16le').swap16().toString('latin1')
  const hex = PDFHexString.fromText(pdfAuthor).asString().slice(4) // without the BOM "FEFF"
  if (raw.includes(pdfAuthor)) marks.push('name')
  if (raw.includes(utf16)) marks.push('name (UTF-16)')
  if (raw.toUpperCase().includes(hex.toUpperCase())) marks.push('name (hex)')
  return marks
}
