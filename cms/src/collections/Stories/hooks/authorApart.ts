/**
 * The name of an anonymous story's teller lives apart from the story (collections/StoryAuthors),
 * so the stories table and its versions never hold it:
 *
 * - saving an anonymous story moves the name, in every language, to the story's `story-authors`
 *   document and leaves the story's row and the version being written without it; the first save
 *   that makes a story anonymous also clears the name from every earlier version. Saving it as
 *   not anonymous brings the name back into the story and removes the apart document.
 * - editors and admins read the name in the story's `author`, as before (the admin's edit view
 *   shows and saves it there); translators, readers, the snapshot and every system read do not.
 * - a save that leaves the author out keeps the name, and a translator's save (they cannot see
 *   the name, so their form holds none) never changes it.
 * - deleting the story deletes the name.
 *
 * Storage goes through the database adapter's own calls (findOne, create, updateOne, deleteOne,
 * findVersions, updateVersion) in the request's transaction: SQLite and MongoDB alike, whole
 * documents in every language at once, and the request's locale left as it is (a nested Local
 * API call with another locale would change it for the rest of the save).
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  CollectionBeforeDeleteHook,
  FieldHook,
  Payload,
  PayloadRequest,
} from 'payload'
import { createLocalReq } from 'payload'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { textLimits } from '@mahjar/shared/schemas/common'
import { hasRole } from '../../../access/roles.ts'
import { checkPlainText } from '../../../fields/validators.ts'
import { refuseField } from '../../../fields/refuseField.ts'
import { storyAuthorsSlug } from '../../StoryAuthors/index.ts'

/** A name in some languages (missing or null: none in that language). */
type Names = Partial<Record<LocaleCode, string | null>>
type Id = number | string
type Apart = { id: Id; name?: unknown }
type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** The languages of a stored all-locales value that hold a name. */
function namesIn(value: unknown): Names {
  if (!isObject(value)) return {}
  return Object.fromEntries(
    localeCodes.flatMap((code) => (filled(value[code]) ? [[code, value[code]]] : [])),
  )
}

const hasName = (names: Names) => localeCodes.some((code) => filled(names[code]))

/** Every language, null where there is no name: a whole localized value for the adapter. */
const inEveryLanguage = (names: Names) =>
  Object.fromEntries(localeCodes.map((code) => [code, filled(names[code]) ? names[code] : null]))

/** Who may see and set the name: editors, admins, and trusted code (the Local API, no user). */
const mayKnowTheName = (req: PayloadRequest) => !req.user || hasRole(req.user, 'admin', 'editor')

const findApart = (req: PayloadRequest, story: Id) =>
  req.payload.db.findOne<Apart>({
    collection: storyAuthorsSlug,
    where: { story: { equals: story } },
    req,
  })

/** Writes the story's apart document (or removes it when no language has a name). */
async function keepApart(req: PayloadRequest, story: Id, names: Names, apart: Apart | null) {
  const collection = storyAuthorsSlug
  if (!hasName(names)) {
    if (apart)
      await req.payload.db.deleteOne({ collection, where: { id: { equals: apart.id } }, req })
    return
  }
  const now = new Date().toISOString()
  const data = { story, name: inEveryLanguage(names), updatedAt: now }
  if (apart) await req.payload.db.updateOne({ collection, id: apart.id, data, req })
  else await req.payload.db.create({ collection, data: { ...data, createdAt: now }, req })
}

/** Clears the name from every stored version of the story that still holds one. */
async function clearVersions(req: PayloadRequest, story: Id) {
  const { docs } = await req.payload.db.findVersions<Data>({
    collection: 'stories',
    where: { parent: { equals: story } },
    pagination: false,
    req,
  })
  for (const { id, version, ...meta } of docs) {
    if (!hasName(namesIn(version.author))) continue
    await req.payload.db.updateVersion({
      collection: 'stories',
      id,
      // The whole version, as Payload writes it: the adapter replaces every language at once.
      versionData: { ...meta, parent: story, version: { ...version, author: inEveryLanguage({}) } },
      req,
    })
  }
}

/** The names of new stories, by slug, between the save (no id yet) and afterChange. */
const newStoriesKey = 'storyAuthorsOfNewStories'
function newStories(req: PayloadRequest): Map<string, Names> {
  const context = req.context as Record<string, unknown>
  const existing = context[newStoriesKey]
  if (existing instanceof Map) return existing as Map<string, Names>
  const created = new Map<string, Names>()
  context[newStoriesKey] = created
  return created
}

/**
 * beforeValidate of `author`: a save that leaves the author out keeps the name kept apart (without
 * this, Payload would fill the field from the story's row, which holds none, and erase it).
 */
export const keepNameWhenLeftOut: FieldHook<Data & { id: Id }, unknown, Data> = async ({
  originalDoc,
  req,
  siblingData,
  value,
}) => {
  const id = originalDoc?.id
  if (siblingData.author !== undefined || id === undefined) return value
  const apart = await findApart(req, id)
  if (!apart) return value
  const names = namesIn(apart.name)
  return names[req.locale as LocaleCode] ?? null
}

/**
 * beforeChange of `author`: where the name goes. `siblingDocWithLocales` is the stored story
 * (every language) that Payload merges the other languages from: setting its `author` is how
 * the other languages are cleared or filled in the same write.
 */
export const placeAuthor: FieldHook<Data & { id: Id }, unknown, Data> = async ({
  originalDoc,
  req,
  siblingData,
  siblingDocWithLocales,
  value,
}) => {
  const locale = req.locale as LocaleCode
  const id = originalDoc?.id
  const anonymous = siblingData.anonymous === true
  const stored = namesIn(siblingDocWithLocales?.author)
  const apart = id === undefined ? null : await findApart(req, id)
  // Known so far: what the stored story holds, and (fresher, while anonymous) the apart name.
  const known: Names = { ...stored, ...namesIn(apart?.name) }
  // A translator's form holds no name for an anonymous story: what it sends means nothing.
  const names: Names =
    anonymous && !mayKnowTheName(req) ? known : { ...known, [locale]: value ?? null }
  const all = inEveryLanguage(names)
  if (siblingDocWithLocales) siblingDocWithLocales.author = anonymous ? inEveryLanguage({}) : all
  if (!anonymous) {
    if (apart)
      await req.payload.db.deleteOne({
        collection: storyAuthorsSlug,
        where: { id: { equals: apart.id } },
        req,
      })
    return all[locale]
  }
  // The story's own field check never sees the name (it is cleared below): check it here.
  const checked = checkPlainText(req, names[locale], textLimits.name)
  if (checked !== true) refuseField(req, 'stories', 'author', checked)
  if (id === undefined)
    newStories(req).set(typeof siblingData.slug === 'string' ? siblingData.slug : '', names)
  else {
    await keepApart(req, id, names, apart)
    if (hasName(stored)) await clearVersions(req, id)
  }
  return null
}

/** afterChange: a new anonymous story's name, now that the story has an id. */
export const placeNewStoryAuthor: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const story = doc as Data & { id: Id }
  if (operation !== 'create') return story
  const pending = newStories(req)
  const key = typeof story.slug === 'string' ? story.slug : ''
  const names = pending.get(key)
  if (names) {
    pending.delete(key)
    await keepApart(req, story.id, names, null)
  }
  return story
}

/** The name in the read's language (or every language), with the read's fallback. */
function inReadLanguage(req: PayloadRequest, names: Names): unknown {
  if (req.locale === 'all') return inEveryLanguage(names)
  const fallbacks: unknown[] = [req.fallbackLocale].flat()
  for (const code of [req.locale, ...fallbacks]) {
    const name = typeof code === 'string' ? names[code as LocaleCode] : undefined
    if (filled(name)) return name
  }
  return null
}

/** afterRead: editors and admins see an anonymous story's name in `author`; nobody else does. */
export const showAuthorToEditors: CollectionAfterReadHook = async ({ doc, req }) => {
  const story = doc as Data
  // Versions carry no id of their own story here: they show no name.
  if (story.anonymous !== true || story.id === undefined) return story
  if (!hasRole(req.user, 'admin', 'editor')) return story
  const apart = await findApart(req, story.id as Id)
  return { ...story, author: inReadLanguage(req, namesIn(apart?.name)) }
}

/**
 * beforeDelete: the name goes with its story (first: the database refuses to leave a name
 * pointing at no story).
 */
export const forgetAuthor: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({
    collection: storyAuthorsSlug,
    where: { story: { equals: id } },
    req,
  })
}

/**
 * Moves apart the names anonymous stories still hold in their rows or versions: stories saved
 * before names were stored apart, on a database without migrations (MongoDB; on SQLite the
 * migration `story_authors_apart` does the same). A story counts as anonymous when its row or its
 * latest version says so; its row keeps a published byline until an anonymous version is
 * published, as a save does. Finds nothing to do once done; returns how many stories it moved.
 */
export async function moveLeftoverNamesApart(payload: Payload): Promise<number> {
  const req = await createLocalReq({}, payload)
  const { docs: latest } = await payload.db.findVersions<Data>({
    collection: 'stories',
    where: { and: [{ latest: { equals: true } }, { 'version.anonymous': { equals: true } }] },
    pagination: false,
    req,
  })
  const { docs: rows } = await payload.db.find<Data & { id: Id }>({
    collection: 'stories',
    where: { anonymous: { equals: true } },
    pagination: false,
    req,
  })
  const ids = new Set<string>([
    ...rows.map((row) => String(row.id)),
    ...latest.map((version) => String(version.parent)),
  ])
  let moved = 0
  for (const id of ids) {
    const row = await payload.db.findOne<Data & { id: Id }>({
      collection: 'stories',
      where: { id: { equals: id } },
      req,
    })
    if (!row) continue
    const newest = latest.find((version) => String(version.parent) === id)
    const inRow = namesIn(row.author)
    const { docs: versions } = await payload.db.findVersions<Data>({
      collection: 'stories',
      where: { parent: { equals: id } },
      pagination: false,
      req,
    })
    const inVersions = versions.some(({ version }) => hasName(namesIn(version.author)))
    const rowLeaks = row.anonymous === true && hasName(inRow)
    if (!rowLeaks && !inVersions) continue
    const apart = await findApart(req, row.id)
    const names = { ...namesIn(newest?.version.author), ...inRow, ...namesIn(apart?.name) }
    await keepApart(req, row.id, names, apart)
    if (rowLeaks)
      await payload.db.updateOne({
        collection: 'stories',
        id: row.id,
        data: { ...row, author: inEveryLanguage({}) },
        req,
      })
    await clearVersions(req, row.id)
    moved += 1
  }
  return moved
}
