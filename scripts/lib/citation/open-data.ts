/**
 * The open data files: `/data/<collection>.json` (validated against the shared open data schema
 * before anything is written), their CSV twins, `/data/schema.json` and `/data/README.md`
 * (licence and how the CSV is flattened).
 */
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { naturalKey } from '@mahjar/shared/schemas/collections'
import {
  licences,
  openDataFileSchema,
  openDataJsonSchema,
  openDataVersion,
  type LicenceId,
} from '@mahjar/shared/schemas/open-data'
import { absoluteUrl, dataCollections, urls, type DataCollection } from '@mahjar/shared/urls'
import type { PublishedDocument } from '@mahjar/shared/schemas/snapshot'
import { toCsv } from './csv.ts'
import type { OutputFile } from './files.ts'
import type { Snapshot } from '../read-snapshot.ts'

export interface OpenDataOptions {
  readonly siteUrl: string
  readonly licence: LicenceId
  readonly generatedAt: string
}

export function documentPath(
  collection: DataCollection,
  doc: PublishedDocument<DataCollection>,
  lang: LocaleCode,
): string {
  return urls.item(collection, naturalKey(collection, doc), lang)
}

export class OpenDataValidationError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`Open data file ${file} does not match its schema:\n  ${problems.join('\n  ')}`)
    this.name = 'OpenDataValidationError'
  }
}

function openDataFile(collection: DataCollection, snapshot: Snapshot, options: OpenDataOptions) {
  const docs = (snapshot[collection] as PublishedDocument<DataCollection>[]).map((doc) => ({
    ...doc,
    urls: Object.fromEntries(
      localeCodes.map((lang) => [
        lang,
        absoluteUrl(options.siteUrl, documentPath(collection, doc, lang)),
      ]),
    ),
  }))
  const data = {
    schemaVersion: openDataVersion,
    collection,
    generatedAt: options.generatedAt,
    licence: licences[options.licence],
    source: options.siteUrl,
    docs,
  }
  const result = openDataFileSchema(collection).safeParse(data)
  if (!result.success) {
    throw new OpenDataValidationError(
      urls.dataFile(collection, 'json'),
      result.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`),
    )
  }
  return data
}

function readme(options: OpenDataOptions): string {
  const licence = licences[options.licence]
  return `# Mahjar open data

Schema version ${openDataVersion}. Generated ${options.generatedAt} from ${options.siteUrl}.

Licence: ${licence.name} (${licence.id}), ${licence.url}. Credit the publisher of each report and
link to the data or to the item's page.

Files, one per collection, both languages in each document:
${dataCollections.map((c) => `- ${urls.dataFile(c, 'json')} and ${urls.dataFile(c, 'csv')}`).join('\n')}
- /data/schema.json: JSON Schema (draft 2020-12) of every JSON file, under \`$defs.<collection>\`.

JSON: \`{ schemaVersion, collection, generatedAt, licence, source, docs }\`. Each document carries
\`createdAt\` (first publication), \`updatedAt\` (version date) and \`urls\` (its page in Arabic
and English). Relations are by natural key: report slug, finding or recommendation code.
\`schemaVersion\` changes only when a field is removed, renamed or retyped.

CSV: UTF-8 with a byte order mark, comma-separated, CRLF line ends, one row per document.
A text in both languages becomes two columns \`field.ar\` and \`field.en\`; a nested object becomes
\`field.sub\` columns; a list of plain values is one column joined by "; "; a list of objects
(corrections, breakdown, actions, links) is one column holding its JSON.
`
}

export function buildOpenData(snapshot: Snapshot, options: OpenDataOptions): OutputFile[] {
  const files: OutputFile[] = []
  for (const collection of dataCollections) {
    const data = openDataFile(collection, snapshot, options)
    files.push(
      { path: urls.dataFile(collection, 'json'), content: `${JSON.stringify(data, null, 2)}\n` },
      { path: urls.dataFile(collection, 'csv'), content: toCsv(data.docs) },
    )
  }
  files.push(
    { path: '/data/schema.json', content: `${JSON.stringify(openDataJsonSchema(), null, 2)}\n` },
    { path: '/data/README.md', content: readme(options) },
  )
  return files
}
