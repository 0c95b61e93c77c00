/**
 * The open data files published under `/data/`: one JSON file per public collection (both
 * languages in each document, with the document's public URLs), a CSV twin of each, and
 * `/data/schema.json`, the JSON Schema of these files generated from the schemas below.
 *
 * `schemaVersion` changes only when a change would break a reader (a field removed, renamed or
 * retyped); adding a field keeps the version.
 */
import { z } from 'zod'
import { localeCodes } from '../locales.ts'
import { dataCollections, type DataCollection } from '../urls.ts'
import { snapshotDocumentSchemas } from './collections.ts'

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

const publicUrls = z.object(
  Object.fromEntries(localeCodes.map((lang) => [lang, z.url()])) as Record<
    (typeof localeCodes)[number],
    z.ZodURL
  >,
)

/** One document of an open data file: the published document, its dates and public URLs. */
export function openDataDocumentSchema<C extends DataCollection>(collection: C) {
  return z.intersection(
    snapshotDocumentSchemas[collection],
    z.object({
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
      /** The document's page in each language (absolute). */
      urls: publicUrls,
    }),
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

/** The JSON Schema (draft 2020-12) of every open data file, published as `/data/schema.json`. */
export function openDataJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Mahjar open data',
    description:
      'One file per collection under /data/<collection>.json; CSV twins flatten each document (see the README).',
    schemaVersion: openDataVersion,
    $defs: Object.fromEntries(
      dataCollections.map((collection) => [
        collection,
        z.toJSONSchema(openDataFileSchema(collection), { io: 'input', unrepresentable: 'any' }),
      ]),
    ),
  }
}
