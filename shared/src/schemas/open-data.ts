/**
 * The open data files published under `/data/`: one JSON file per public collection (both
 * languages in each document, with the document's public URLs), `/data/follow-up.json` (one row
 * per follow-up entry of a recommendation), a CSV twin of each, and `/data/schema.json`, the
 * JSON Schema of these files generated from the schemas below.
 *
 * `schemaVersion` changes only when a change would break a reader (a field removed, renamed or
 * retyped); adding a field keeps the version.
 */
import { z } from 'zod'
import { inEveryLanguage } from '../localized.ts'
import { followUpStatusOrder } from '../follow-up.ts'
import { translationStates } from '../translation-state.ts'
import { dataCollections, type DataCollection } from '../urls.ts'
import { snapshotDocumentSchemas } from './collections.ts'
import { code, isoDate, slug, timestamps, translationLag } from './common.ts'
import { followUpEntry } from './recommendations.ts'

export const openDataVersion = 1

/** Licences the open data may be published under; CC BY 4.0 unless configured otherwise. */
export const licences = {
  'CC-BY-4.0': {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'CC-BY-SA-4.0': {
    id: 'CC-BY-SA-4.0',
    name: 'Creative Commons Attribution-ShareAlike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC0-1.0': {
    id: 'CC0-1.0',
    name: 'Creative Commons Zero 1.0 Universal (public domain dedication)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
  'ODbL-1.0': {
    id: 'ODbL-1.0',
    name: 'Open Data Commons Open Database License 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  },
} as const

export type LicenceId = keyof typeof licences
export const licenceIds = Object.keys(licences) as LicenceId[]
export const defaultLicence: LicenceId = 'CC-BY-4.0'

export const licenceSchema = z.object({
  id: z.enum(licenceIds),
  name: z.string().min(1),
  url: z.url(),
})

const publicUrls = z.object(inEveryLanguage(() => z.url()))

const documentFields = z.object({
  // This order, not the snapshot's, is the one /data/schema.json has always published.
  createdAt: timestamps.shape.createdAt,
  updatedAt: timestamps.shape.updatedAt,
  /** The languages whose text may lag the other's, each with the day it began; absent when none. */
  translationLag: translationLag.optional(),
  /** The document's page in each language (absolute). */
  urls: publicUrls,
  /**
   * Each language's translation state (shared/src/translation-state.ts): `missing` (some text
   * exists in the other language only), `outdated` (see `translationLag`) or `complete`.
   */
  translation: z.object(inEveryLanguage(() => z.enum(translationStates))),
})

/**
 * What a recommendation row adds: its current status, derived from its follow-up entries by
 * `currentStatus` (shared/src/follow-up.ts), and the date of the latest entry it rests on.
 */
export const recommendationStatusFields = {
  status: z.enum(followUpStatusOrder),
  /** `YYYY-MM-DD`; absent when no follow-up is recorded (status `none`). */
  statusAsOf: isoDate.optional(),
}

/** One document of an open data file: the published document, its dates and public URLs. */
export function openDataDocumentSchema<C extends DataCollection>(collection: C) {
  return z.intersection(
    snapshotDocumentSchemas[collection],
    collection === 'recommendations'
      ? documentFields.extend(recommendationStatusFields)
      : documentFields,
  )
}

export function openDataFileSchema<C extends DataCollection>(collection: C) {
  return z.object({
    schemaVersion: z.literal(openDataVersion),
    collection: z.literal(collection),
    generatedAt: z.iso.datetime(),
    licence: licenceSchema,
    /** The site the data was published on. */
    source: z.url(),
    docs: z.array(openDataDocumentSchema(collection)),
  })
}

export type OpenDataFile<C extends DataCollection> = z.infer<
  ReturnType<typeof openDataFileSchema<C>>
>

/** The name of the follow-up file (`/data/follow-up.json`) in its `collection` field and `$defs`. */
export const followUpDataName = 'follow-up'

/**
 * One row of `/data/follow-up.json`: a follow-up entry with the recommendation (code) and report
 * (slug) it belongs to, and its place on the recommendation's page in each language (absolute,
 * with the entry's fragment).
 */
export function openDataFollowUpRowSchema() {
  return z.intersection(
    z.object({ recommendation: code, report: slug }),
    z.intersection(followUpEntry('snapshot'), z.object({ urls: publicUrls })),
  )
}

export function openDataFollowUpFileSchema() {
  return z.object({
    schemaVersion: z.literal(openDataVersion),
    collection: z.literal(followUpDataName),
    generatedAt: z.iso.datetime(),
    licence: licenceSchema,
    source: z.url(),
    docs: z.array(openDataFollowUpRowSchema()),
  })
}

export type OpenDataFollowUpFile = z.infer<ReturnType<typeof openDataFollowUpFileSchema>>

let madeJsonSchema: Readonly<Record<string, unknown>> | undefined

/**
 * The JSON Schema (draft 2020-12) of every open data file, published as `/data/schema.json`. Made
 * once a process: the same on every publish, and 50 ms to make.
 */
export function openDataJsonSchema(): Readonly<Record<string, unknown>> {
  madeJsonSchema ??= makeJsonSchema()
  return madeJsonSchema
}

function makeJsonSchema(): Record<string, unknown> {
  const jsonSchema = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Mahjar open data',
    description:
      'One file per collection under /data/<collection>.json, and /data/follow-up.json with one row per follow-up entry of a recommendation; CSV twins flatten each document (see the README).',
    schemaVersion: openDataVersion,
    $defs: {
      ...Object.fromEntries(
        dataCollections.map((collection) => [
          collection,
          jsonSchema(openDataFileSchema(collection)),
        ]),
      ),
      [followUpDataName]: jsonSchema(openDataFollowUpFileSchema()),
    },
  }
}
