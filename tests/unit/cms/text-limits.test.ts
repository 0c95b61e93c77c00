/**
 * One limit per text (issue 19): every text or textarea of the CMS that caps its length lets an
 * editor save exactly what the published snapshot's zod schema accepts for it, so a limit changed
 * in one place only fails here (an editor could otherwise save a text the site build refuses).
 * Each field's limit is found from its own validation (the longest value it accepts), so nothing
 * declared beside the field can drift from what it does; the too-long message is checked in both
 * admin languages, and the other way round every capped plain text of the snapshot must be
 * reached from a capped CMS field. Broken on purpose once each: `max: textLimits.name` for a
 * story's outcome unit (200, the snapshot allows 50) fails `stories.outcomes.unit`; a finding's
 * exhibit capped at 41 in the schema alone fails `findings.exhibit`; the withdrawal's title back at
 * 2000 fails `withdrawals.title` and the kept title of a recommendation; the too-long message in
 * Arabic whatever the request's language fails the language check of every capped field; an
 * exhibit listed as unpublished fails the coverage of the snapshot's texts.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { collectionRegistry } from '@mahjar/shared/collections'
import { messageIn } from '@mahjar/cms/i18n/messages'
import { dataCollections } from '@mahjar/shared/urls'
import { snapshotDocumentSchemas } from '@mahjar/shared/schemas/collections'
import { textLimits } from '@mahjar/shared/schemas/common'
import { withdrawalSchema } from '@mahjar/shared/schemas/snapshot'
import { cmsCollections, walkFields, type Field } from '../../helpers/cms-collections.ts'

type Language = 'ar' | 'en'
type Validate = (value: unknown, args: unknown) => unknown

/**
 * What a field's validation reads of a request: its language, Payload's translator (whose
 * messages are never the one checked here) and, for identifiers, lookups that find nothing.
 */
function request(language: Language) {
  return {
    i18n: { language },
    t: (key: string) => key,
    locale: language,
    payload: { config: {}, find: () => Promise.resolve({ docs: [] }) },
  }
}

const probe = (length: number) => 'x'.repeat(length)

async function verdict(field: Field, length: number, language: Language = 'en') {
  const validate = field.validate as Validate
  const args = { req: request(language), required: false, data: {}, siblingData: {}, path: [] }
  return (await validate(probe(length), args)) as string | true
}

/** Longer than any text of the snapshot: a field refusing it has a limit. */
const beyondAny = 100_000

/** The longest value the field accepts, or undefined when it caps no length. */
async function limitOf(field: Field): Promise<number | undefined> {
  if ((field.type !== 'text' && field.type !== 'textarea') || typeof field.validate !== 'function')
    return undefined
  // Refusing one character is another rule (a URL, a hashtag, a code), not a length.
  if ((await verdict(field, 1)) !== true || (await verdict(field, beyondAny)) === true)
    return undefined
  let [accepted, refused] = [1, beyondAny]
  while (refused - accepted > 1) {
    const middle = Math.floor((accepted + refused) / 2)
    if ((await verdict(field, middle)) === true) accepted = middle
    else refused = middle
  }
  return accepted
}

/** The snapshot schema of a field whose CMS path is not its place in a published document. */
const elsewhere: Readonly<Record<string, z.ZodType>> = {
  // The snapshot lists objectives as texts; the CMS gives each a row with one field.
  'campaign-editions.objectives.text': at(snapshotDocumentSchemas['campaign-editions'], [
    'objectives',
  ]),
  // An anonymous story's byline, kept apart from the story (StoryAuthors).
  'story-authors.name': at(snapshotDocumentSchemas.stories, ['author']),
  // A story's photo is a media document; its alt text is published with the photo.
  'media.alt': at(snapshotDocumentSchemas.stories, ['photo', 'alt']),
  'withdrawals.title': at(withdrawalSchema, ['title']),
  'withdrawals.reason': at(withdrawalSchema, ['reason']),
  ...Object.fromEntries(
    dataCollections.map((collection) => [
      `${collection}.withdrawalReason`,
      at(withdrawalSchema, ['reason']),
    ]),
  ),
}

/** Capped texts the snapshot never carries, and why. */
const unpublished: Readonly<Record<string, string>> = {
  'users.name': 'an account of the admin',
}

/** Optional, defaulted and list wrappers off: the schema of one value. */
function bare(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return bare(schema.unwrap() as z.ZodType)
  if (schema instanceof z.ZodArray) return bare(schema.element as z.ZodType)
  return schema
}

/** The schema at a path of names in a document schema. */
function at(schema: z.ZodType, names: readonly string[]): z.ZodType {
  const [name, ...rest] = names
  if (name === undefined) return bare(schema)
  const here = bare(schema)
  if (!(here instanceof z.ZodObject)) throw new Error(`no field "${name}" in a non-object schema`)
  const next = (here.shape as Record<string, z.ZodType | undefined>)[name]
  if (!next) throw new Error(`no field "${name}" in the snapshot schema`)
  return at(next, rest)
}

function snapshotSchemaOf(path: string): z.ZodType | undefined {
  const found = elsewhere[path]
  if (found) return found
  const [collection = '', ...names] = path.split('.')
  if (!(collection in snapshotDocumentSchemas)) return undefined
  return at(snapshotDocumentSchemas[collection as keyof typeof snapshotDocumentSchemas], names)
}

/** A value of the schema whose text has `length` characters: in both languages if localized. */
function valueOf(schema: z.ZodType, length: number): unknown {
  const localized = schema instanceof z.ZodObject && 'ar' in schema.shape && 'en' in schema.shape
  return localized ? { ar: probe(length), en: probe(length) } : probe(length)
}

/** The longest text a localized schema accepts in a language, if it is one. */
function localizedLimit(schema: z.ZodType): number | undefined {
  if (!(schema instanceof z.ZodObject) || !('ar' in schema.shape && 'en' in schema.shape))
    return undefined
  const text = bare(schema.shape.ar as z.ZodType)
  return text instanceof z.ZodString ? (text.maxLength ?? undefined) : undefined
}

/** Every capped localized text of a snapshot schema, at any depth, by path. */
function localizedTexts(schema: z.ZodType, path: string): [string, z.ZodType][] {
  const here = bare(schema)
  if (localizedLimit(here) !== undefined) return [[path, here]]
  if (!(here instanceof z.ZodObject)) return []
  return Object.entries(here.shape as Record<string, z.ZodType>).flatMap(([name, field]) =>
    localizedTexts(field, `${path}.${name}`),
  )
}

interface Capped {
  readonly path: string
  readonly field: Field
  readonly limit: number
}

describe('the CMS caps every text as the published snapshot does', async () => {
  const collections = await cmsCollections()
  const fields = collections.flatMap((collection) => walkFields(collection.fields, collection.slug))
  const capped: Capped[] = []
  for (const { path, field } of fields) {
    const limit = await limitOf(field)
    if (limit !== undefined) capped.push({ path, field, limit })
  }
  const published = capped.filter(({ path }) => unpublished[path] === undefined)
  const limitAt = (path: string) => capped.find((entry) => entry.path === path)?.limit

  it('finds the capped texts of every kind of field', () => {
    expect(capped.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        'reports.title',
        'reports.slug',
        'reports.chapters.title',
        'findings.statement',
        'findings.exhibit',
        'findings.statistic.breakdown.label',
        'findings.corrections.note',
        'recommendations.text',
        'recommendations.followUp.sources.label',
        'campaign-editions.objectives.text',
        'practices.links.label',
        'stories.outcomes.unit',
        'stories.author',
        'story-authors.name',
        'themes.name',
        'withdrawals.title',
        'stories.withdrawalReason',
        ...Object.keys(unpublished),
      ]),
    )
  })

  it.each(published.map((entry) => [entry.path, entry.limit, entry] as const))(
    '%s: the snapshot accepts its limit (%i) and refuses one more',
    (path, limit) => {
      const schema = snapshotSchemaOf(path)
      expect(
        schema,
        `${path} has no snapshot schema: map it or list it as unpublished`,
      ).toBeDefined()
      if (!schema) return
      expect(schema.safeParse(valueOf(schema, limit)).success).toBe(true)
      expect(schema.safeParse(valueOf(schema, limit + 1)).success).toBe(false)
    },
  )

  it('caps every plain text of the snapshot in the CMS (Markdown texts are rich text there)', () => {
    const reached = new Set(published.map(({ path }) => snapshotSchemaOf(path)))
    const texts = [
      ...Object.entries(snapshotDocumentSchemas).flatMap(([collection, schema]) =>
        localizedTexts(schema, collection),
      ),
      ...localizedTexts(withdrawalSchema, 'withdrawals.json'),
    ]
    const plain = texts.filter(([, schema]) => localizedLimit(schema) !== textLimits.markdown)
    expect(plain.length).toBeGreaterThan(30)
    expect(plain.filter(([, schema]) => !reached.has(schema)).map(([path]) => path)).toEqual([])
  })

  it.each(capped.map((entry) => [entry.path, entry] as const))(
    "%s says a text is too long in the admin's language",
    async (_path, { field, limit }) => {
      for (const language of ['ar', 'en'] as const) {
        expect(await verdict(field, limit + 1, language)).toBe(
          messageIn(language, 'tooLong', { max: limit, length: limit + 1 }),
        )
      }
    },
  )

  it('keeps the title of every item it may withdraw', () => {
    const kept = limitAt('withdrawals.title') ?? 0
    for (const collection of dataCollections) {
      const path = `${collection}.${collectionRegistry[collection].pages.titleField}`
      expect(limitAt(path), path).toBeDefined()
      expect(limitAt(path), path).toBeLessThanOrEqual(kept)
    }
  })
})
