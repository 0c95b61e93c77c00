/**
 * Names of anonymous stories' tellers written before they were stored apart: the SQLite migration
 * `story_authors_apart` and the boot-time sweep (what a MongoDB database gets instead) both move
 * them out of the stories' rows and every version into `story-authors`, leave a named story's
 * byline where it is, and lose no name. `down` puts the names back into the rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '@mahjar/cms/migrations'
import { moveLeftoverNamesApart } from '@mahjar/cms/stories/authorApart'
import { api, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, story } from '../../helpers/payload-fixtures.ts'
import { storedText } from '../../helpers/stored-text.ts'

let cms: TestCms
let server: RestServer
let editorToken = ''
const ids = { hidden: '', named: '' }
const hiddenName = { ar: 'وفاء القديمة', en: 'Wafa Before' }
const publicName = { ar: 'جميل المعلن', en: 'Jamil Shown' }

type Name = typeof hiddenName
const migration = migrations.find((m) => m.name.endsWith('_story_authors_apart'))
type Args = Parameters<NonNullable<typeof migration>['up']>[0]

/** The migration's arguments on the test database (its SQL needs only the connection). */
const migrationArgs = (): Args => ({
  db: (cms.payload.db as unknown as { drizzle: Args['db'] }).drizzle,
  payload: cms.payload,
  req: {} as Args['req'],
})

const mentions = (text: string, name: Name) => text.includes(name.en) || text.includes(name.ar)
async function tablesHolding(name: Name): Promise<string[]> {
  return [...(await storedText(cms))].filter(([, text]) => mentions(text, name)).map(([t]) => t)
}

/** As the stories tables held names before: back into the anonymous story's versions too. */
async function nameInEveryVersion(id: string, name: Name) {
  const db = migrationArgs().db
  for (const locale of ['ar', 'en'] as const)
    await db.run(
      `UPDATE _stories_v_locales SET version_author = '${name[locale]}' WHERE _locale = '${locale}' AND _parent_id IN (SELECT id FROM _stories_v WHERE parent_id = '${id}')`,
    )
}

beforeAll(async () => {
  cms = await startTestCms()
  server = await startRestServer()
  editorToken = await login(server.baseUrl, (await cms.createUser('editor')).email, testPassword)
  const withAuthor = (slug: string, name: Name, anonymous: boolean) =>
    ((lang, row) => ({
      ...story(slug)(lang, row),
      author: name[lang],
      anonymous,
    })) satisfies Parameters<typeof createBilingual>[2]
  ids.hidden = await createBilingual(
    cms.payload,
    'stories',
    withAuthor('old-hidden', hiddenName, true),
  )
  ids.named = await createBilingual(
    cms.payload,
    'stories',
    withAuthor('old-named', publicName, false),
  )
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

async function editorReads(id: string, locale: 'ar' | 'en') {
  const read = await api(server.baseUrl, `/stories/${id}?locale=${locale}`, { token: editorToken })
  return read.json.author
}

describe('the story_authors_apart migration (SQLite)', () => {
  it('down puts the names back into the anonymous story’s row and removes the apart table', async () => {
    expect(migration).toBeDefined()
    expect(await tablesHolding(hiddenName)).toEqual(['story_authors_locales'])
    await migration?.down(migrationArgs())
    const tables = await storedText(cms)
    expect([...tables.keys()].filter((t) => t.startsWith('story_authors'))).toEqual([])
    expect(await tablesHolding(hiddenName)).toEqual(['stories_locales'])
    expect(await tablesHolding(publicName)).toEqual(
      expect.arrayContaining(['stories_locales', '_stories_v_locales']),
    )
  })

  it('up moves every name of an anonymous story out of its row and versions, and leaves a named byline', async () => {
    await nameInEveryVersion(ids.hidden, hiddenName)
    expect(await tablesHolding(hiddenName)).toEqual(['stories_locales', '_stories_v_locales'])
    await migration?.up(migrationArgs())
    expect(await tablesHolding(hiddenName)).toEqual(['story_authors_locales'])
    expect(await tablesHolding(publicName)).toEqual(
      expect.arrayContaining(['stories_locales', '_stories_v_locales']),
    )
    for (const locale of ['ar', 'en'] as const) {
      expect(await editorReads(ids.hidden, locale)).toBe(hiddenName[locale])
      expect(await editorReads(ids.named, locale)).toBe(publicName[locale])
    }
  })
})

describe('the boot-time sweep (what MongoDB gets instead of the migration)', () => {
  it('moves names left in rows and versions apart, once; then finds nothing to do', async () => {
    // As an anonymous story saved before names were stored apart: in its row and versions.
    const db = migrationArgs().db
    await db.run(`DELETE FROM story_authors WHERE story_id = '${ids.hidden}'`)
    for (const locale of ['ar', 'en'] as const)
      await db.run(
        `UPDATE stories_locales SET author = '${hiddenName[locale]}' WHERE _locale = '${locale}' AND _parent_id = '${ids.hidden}'`,
      )
    await nameInEveryVersion(ids.hidden, hiddenName)
    expect(await tablesHolding(hiddenName)).toEqual(['stories_locales', '_stories_v_locales'])

    expect(await moveLeftoverNamesApart(cms.payload)).toBe(1)
    expect(await tablesHolding(hiddenName)).toEqual(['story_authors_locales'])
    expect(await tablesHolding(publicName)).toEqual(
      expect.arrayContaining(['stories_locales', '_stories_v_locales']),
    )
    for (const locale of ['ar', 'en'] as const)
      expect(await editorReads(ids.hidden, locale)).toBe(hiddenName[locale])
    expect(await moveLeftoverNamesApart(cms.payload)).toBe(0)
  })
})
