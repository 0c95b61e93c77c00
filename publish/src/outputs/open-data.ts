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
  openDataFileSchema,
  openDataFollowUpFileSchema,
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
import { csvColumns, toCsv } from '@mahjar/shared/csv'
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

function publicUrls(options: OpenDataOptions, path: (lang: LocaleCode) => string) {
  return Object.fromEntries(
    localeCodes.map((lang) => [lang, absoluteUrl(options.siteUrl, path(lang))]),
  )
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

function validated<T>(
  file: string,
  data: T,
  schema: { safeParse: (value: unknown) => z.ZodSafeParseResult<unknown> },
) {
  const result = schema.safeParse(data)
  if (!result.success) {
    throw new OpenDataValidationError(
      file,
      result.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`),
    )
  }
  return data
}

function openDataFile(collection: DataCollection, snapshot: Snapshot, options: OpenDataOptions) {
  const docs = (snapshot[collection] as PublishedDocument<DataCollection>[]).map((doc) => ({
    ...doc,
    ...(collection === 'recommendations'
      ? statusFields(doc as PublishedDocument<'recommendations'>)
      : {}),
    urls: publicUrls(options, (lang) => documentPath(collection, doc, lang)),
    translation: translationState(doc),
  }))
  return validated(
    urls.dataFile(collection, 'json'),
    envelope(collection, docs, options),
    openDataFileSchema(collection),
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

/** Every follow-up entry of every published recommendation, oldest first within each. */
function followUpFile(snapshot: Snapshot, options: OpenDataOptions) {
  const docs = snapshot.recommendations.flatMap((rec) =>
    chronological(rec.followUp).map((entry) => ({
      recommendation: rec.code,
      report: rec.report,
      ...entry,
      urls: publicUrls(
        options,
        (lang) => `${urls.recommendation(lang, rec.code)}#${followUpAnchor(rec.followUp, entry)}`,
      ),
    })),
  )
  return validated(
    urls.followUpData('json'),
    envelope(followUpDataName, docs, options),
    openDataFollowUpFileSchema(),
  )
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
    const data = openDataFile(collection, snapshot, options)
    files.push(
      { path: urls.dataFile(collection, 'json'), content: `${JSON.stringify(data, null, 2)}\n` },
      { path: urls.dataFile(collection, 'csv'), content: toCsv(data.docs) },
    )
    if (collection === 'findings') {
      files.push(...filteredFindingFiles(data as OpenDataFile<'findings'>))
    }
  }
  const followUp = followUpFile(snapshot, options)
  files.push(
    { path: urls.followUpData('json'), content: `${JSON.stringify(followUp, null, 2)}\n` },
    { path: urls.followUpData('csv'), content: toCsv(followUp.docs, followUpColumns) },
  )
  files.push(
    { path: urls.dataSchema(), content: `${JSON.stringify(openDataJsonSchema(), null, 2)}\n` },
    { path: urls.dataReadme(), content: readme(options) },
  )
  return files
}
