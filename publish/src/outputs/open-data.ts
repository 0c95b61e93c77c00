/**
 * The open data files: `/data/<collection>.json` and `/data/follow-up.json` (validated against
 * the shared open data schema before anything is written), their CSV twins, `/data/schema.json`
 * and `/data/README.md` (licence and how the CSV is flattened).
 */
import { chronological, currentStatus, followUpAnchor } from '@mahjar/shared/follow-up'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import type { z } from 'zod'
import { naturalKey } from '@mahjar/shared/schemas/collections'
import {
  followUpDataName,
  licences,
  openDataDocumentSchema,
  openDataFileSchema,
  openDataFollowUpFileSchema,
  openDataFollowUpRowSchema,
  openDataJsonSchema,
  openDataVersion,
  type LicenceId,
  type OpenDataFile,
} from '@mahjar/shared/schemas/open-data'
import { translationState } from '@mahjar/shared/translation-state'
import {
  absoluteUrl,
  dataCollections,
  urls,
  type DataCollection,
  type FindingFilterKind,
} from '@mahjar/shared/urls'
import type { PublishedDocument } from '@mahjar/shared/schemas/snapshot'
import { groupFindings } from '@mahjar/shared/finding-filters'
import {
  csvColumns,
  csvColumnsOf,
  csvHeader,
  csvRow,
  flatten,
  toCsv,
  type Cell,
} from '@mahjar/shared/csv'
import { documentMemo } from '@mahjar/shared/document-memo'
import { prettyJsonWithList } from '@mahjar/shared/pretty-json'
import type { OutputFile } from './files.ts'
import type { Snapshot } from '../snapshot.ts'

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

function publicUrls(siteUrl: string, path: (lang: LocaleCode) => string) {
  return Object.fromEntries(localeCodes.map((lang) => [lang, absoluteUrl(siteUrl, path(lang))]))
}

/** A recommendation row's `status` and `statusAsOf`, from `currentStatus` like every page. */
function statusFields(doc: PublishedDocument<'recommendations'>) {
  const { status, asOf } = currentStatus(doc.followUp)
  return asOf === undefined ? { status } : { status, statusAsOf: asOf }
}

function envelope<Name extends string, Doc>(name: Name, docs: Doc[], options: OpenDataOptions) {
  return {
    schemaVersion: openDataVersion,
    collection: name,
    generatedAt: options.generatedAt,
    licence: licences[options.licence],
    source: options.siteUrl,
    docs,
  }
}

function validationError(file: string, issues: readonly z.core.$ZodIssue[]) {
  return new OpenDataValidationError(
    file,
    issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`),
  )
}

/** A schema's issues with `value`, none when it matches. */
function issuesOf(schema: z.ZodType, value: unknown): readonly z.core.$ZodIssue[] {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues
}

const documentSchemas = new Map<DataCollection, z.ZodType>()
const followUpRowSchema = openDataFollowUpRowSchema()

/**
 * A document's row in its collection's file, with its issues against the open data schema: made once per document while the process lives
 * (shared/src/document-memo.ts), so a publish at 10,000 recommendations makes the changed rows alone.
 */
const collectionRow = documentMemo(
  (doc: PublishedDocument<DataCollection>, collection: DataCollection, siteUrl: string) => {
    const row = {
      ...doc,
      ...(collection === 'recommendations'
        ? statusFields(doc as PublishedDocument<'recommendations'>)
        : {}),
      urls: publicUrls(siteUrl, (lang) => documentPath(collection, doc, lang)),
      translation: translationState(doc),
    }
    let schema = documentSchemas.get(collection)
    if (!schema) {
      schema = openDataDocumentSchema(collection)
      documentSchemas.set(collection, schema)
    }
    return dataRow(row, schema)
  },
)

interface DataRow<Row> {
  readonly row: Row
  readonly issues: readonly z.core.$ZodIssue[]
}

function dataRow<Row extends object>(row: Row, schema: z.ZodType): DataRow<Row> {
  return { row, issues: issuesOf(schema, row) }
}

/**
 * A validated open data file of `rows` (their issues reported by the row's place in `docs`):
 * its envelope, and its bytes, `JSON.stringify(file, null, 2)` and a line end, put together from
 * each row's (shared/src/pretty-json.ts).
 */
function dataFile<Name extends string, Row extends object>(
  file: string,
  name: Name,
  rows: readonly DataRow<Row>[],
  schema: z.ZodType,
  options: OpenDataOptions,
) {
  const head = envelope(name, [] as Row[], options)
  const issues = [
    ...issuesOf(schema, head),
    ...rows.flatMap(({ issues }, index) =>
      issues.map((issue) => ({ ...issue, path: ['docs', index, ...issue.path] })),
    ),
  ]
  if (issues.length > 0) throw validationError(file, issues)
  const docs = rows.map((r) => r.row)
  return { data: { ...head, docs }, text: prettyJsonWithList(head, 'docs', docs) }
}

function openDataFile(collection: DataCollection, snapshot: Snapshot, options: OpenDataOptions) {
  const rows = (snapshot[collection] as PublishedDocument<DataCollection>[]).map((doc) =>
    collectionRow(doc, collection, options.siteUrl),
  )
  return dataFile(
    urls.dataFile(collection, 'json'),
    collection,
    rows,
    openDataFileSchema(collection),
    options,
  )
}

/** The follow-up CSV's columns, in this order, whether or not any entry exists yet. */
const followUpColumns = [
  'recommendation',
  'report',
  'date',
  'audience',
  'body.ar',
  'body.en',
  'kind',
  'status',
  'statement.ar',
  'statement.en',
  'sources',
  'findings',
  'urls.ar',
  'urls.en',
]

/** A recommendation's follow-up rows, oldest first (document-memo.ts: made once per document). */
const followUpRows = documentMemo((rec: PublishedDocument<'recommendations'>, siteUrl: string) =>
  chronological(rec.followUp).map((entry) =>
    dataRow(
      {
        recommendation: rec.code,
        report: rec.report,
        ...entry,
        urls: publicUrls(
          siteUrl,
          (lang) => `${urls.recommendation(lang, rec.code)}#${followUpAnchor(rec.followUp, entry)}`,
        ),
      },
      followUpRowSchema,
    ),
  ),
)

/** Every follow-up entry of every published recommendation, oldest first within each. */
function followUpFile(snapshot: Snapshot, options: OpenDataOptions) {
  return dataFile(
    urls.followUpData('json'),
    followUpDataName,
    snapshot.recommendations.flatMap((rec) => followUpRows(rec, options.siteUrl)),
    openDataFollowUpFileSchema(),
    options,
  )
}

/** A row flattened for CSV (document-memo.ts: once per row). */
const flatRow = documentMemo((row: object) => flatten(row))

/**
 * A flattened row's CSV line (UTF-8) under the columns joined by line ends, made once per row
 * and columns.
 */
const csvLine = documentMemo((row: Map<string, Cell>, columns: string) =>
  Buffer.from(csvRow(row, columns.split('\n'))),
)

/**
 * The bytes of `toCsv` (shared/csv.ts) of the rows, in pieces written one after the other: each
 * row's line made once while the process lives, never copied into one buffer (at 10,000
 * recommendations that copy took 0.38 s of every publish).
 */
function csvOf(rows: readonly object[], leading: readonly string[] = []): Uint8Array[] {
  const flat = rows.map((row) => flatRow(row))
  const columns = csvColumnsOf(flat, leading)
  const key = columns.join('\n')
  return [Buffer.from(csvHeader(columns)), ...flat.map((row) => csvLine(row, key))]
}

function readme(options: OpenDataOptions): string {
  const licence = licences[options.licence]
  return `# Mahjar open data

Schema version ${openDataVersion}. The content published on ${options.siteUrl} as taken at
${options.generatedAt} (\`generatedAt\`).

Licence: ${licence.name} (${licence.id}), ${licence.url}. Credit the publisher of each report and
link to the data or to the item's page.

Files, one per collection, both languages in each document:
${dataCollections.map((c) => `- ${urls.dataFile(c, 'json')} and ${urls.dataFile(c, 'csv')}`).join('\n')}
- ${urls.followUpData('json')} and ${urls.followUpData('csv')}: one row per follow-up entry of a
  recommendation (a response or the state of its implementation), oldest first within each.
- ${urls.dataSchema()}: JSON Schema (draft 2020-12) of every JSON file, under \`$defs.<collection>\`.

JSON: \`{ schemaVersion, collection, generatedAt, licence, source, docs }\`. Each document carries
\`createdAt\` (first publication), \`updatedAt\` (version date), \`urls\` (its page in Arabic
and English) and \`translation\`: per language (\`ar\`, \`en\`), \`missing\` when some text of
the document exists in the other language only, \`outdated\` when the other language's text
changed after this one was translated, else \`complete\`. A document whose translation lags
also carries \`translationLag\`: per lagging language, the day (YYYY-MM-DD) the other language
changed ahead of it. Relations are by natural key: report slug, finding or recommendation code.
Recommendations carry \`status\` and \`statusAsOf\`: the current follow-up status, derived from
their entries (the latest implementation entry, else the latest response, else \`none\`), and
the date of the latest entry. A follow-up row carries \`recommendation\` (code), \`report\`,
\`date\`, \`audience\` (the addressee), \`body\` (a named body, optional), \`kind\`
(response or implementation), \`status\`, \`statement\`, \`sources\` (label, url, date),
\`findings\` (codes) and \`urls\` (the entry on its recommendation's page).
\`schemaVersion\` changes only when a field is removed, renamed or retyped.

CSV: UTF-8 with a byte order mark, comma-separated, CRLF line ends, one row per document.
A text in both languages becomes two columns \`field.ar\` and \`field.en\` (so do \`translation\`
and \`translationLag\`: \`translation.ar\`, \`translation.en\`, …); a nested object becomes
\`field.sub\` columns; a list of plain values is one column joined by "; "; a list of objects
(corrections, breakdown, actions, links, sources, followUp) is one column holding its JSON.
`
}

/**
 * The findings of each report, theme and country alone (the static filtered views of the findings
 * table): the same envelope, rows and columns as `/data/findings.*`, only the matching rows. The
 * CSV keeps the full file's columns so every filtered CSV reads like the whole one.
 */
function filteredFindingFiles(data: OpenDataFile<'findings'>): OutputFile[] {
  const columns = csvColumns(data.docs)
  return Object.entries(groupFindings(data.docs)).flatMap(([kind, groups]) =>
    [...groups].flatMap(([key, docs]) => {
      const filterKind = kind as FindingFilterKind
      return [
        {
          path: urls.findingsByData(filterKind, key, 'json'),
          content: `${JSON.stringify({ ...data, docs }, null, 2)}\n`,
        },
        { path: urls.findingsByData(filterKind, key, 'csv'), content: toCsv(docs, columns) },
      ]
    }),
  )
}

export function buildOpenData(snapshot: Snapshot, options: OpenDataOptions): OutputFile[] {
  const files: OutputFile[] = []
  for (const collection of dataCollections) {
    const { data, text } = openDataFile(collection, snapshot, options)
    files.push(
      { path: urls.dataFile(collection, 'json'), content: text },
      { path: urls.dataFile(collection, 'csv'), content: csvOf(data.docs) },
    )
    if (collection === 'findings') {
      files.push(...filteredFindingFiles(data as OpenDataFile<'findings'>))
    }
  }
  const followUp = followUpFile(snapshot, options)
  files.push(
    { path: urls.followUpData('json'), content: followUp.text },
    { path: urls.followUpData('csv'), content: csvOf(followUp.data.docs, followUpColumns) },
  )
  files.push(
    { path: urls.dataSchema(), content: `${JSON.stringify(openDataJsonSchema(), null, 2)}\n` },
    { path: urls.dataReadme(), content: readme(options) },
  )
  return files
}
