/**
 * What Payload's admin form sends, over real HTTP: a multipart body whose `_payload` holds the
 * form's values, with every list that has no rows sent as its row count, 0. The wrong-type guard
 * must let that through for every content collection, in Arabic and English, and still refuse a
 * list sent as anything else, naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, fieldErrors, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type TestCms } from '../../helpers/payload.ts'

const contentCollections = [
  'reports',
  'findings',
  'recommendations',
  'practices',
  'campaign-editions',
  'stories',
] as const
type ContentCollection = (typeof contentCollections)[number]

/** The part of a Payload field description this test reads. */
type Field = { type: string; name?: string; fields?: readonly Field[] }

let cms: TestCms
let server: RestServer
let token = ''

/** The body the admin form builds for a new draft: every list (also inside groups) as 0. */
function emptyLists(fields: readonly Field[]): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible')
      Object.assign(data, emptyLists(field.fields ?? []))
    else if (field.type === 'array' && field.name) data[field.name] = 0
    else if (field.type === 'group' && field.name) {
      const inner = emptyLists(field.fields ?? [])
      if (Object.keys(inner).length > 0) data[field.name] = inner
    }
  }
  return data
}

function listPaths(data: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(data).flatMap(([name, value]) =>
    value === 0
      ? [`${prefix}${name}`]
      : listPaths(value as Record<string, unknown>, `${prefix}${name}.`),
  )
}

function valueAt(doc: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], doc)
}

function adminForm(data: Record<string, unknown>): FormData {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  return form
}

function bodyFor(collection: ContentCollection) {
  return emptyLists(cms.payload.collections[collection].config.fields)
}

beforeAll(async () => {
  cms = await startTestCms()
  server = await startRestServer()
  token = await login(server.baseUrl, (await cms.createUser('editor')).email, testPassword)
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

describe("the admin form's body for a new draft is accepted", () => {
  const cases = contentCollections.flatMap((collection) =>
    (['ar', 'en'] as const).map((lang) => ({ collection, lang })),
  )

  it.each(cases)(
    'a $collection draft with every list left empty saves and reloads with empty lists ($lang)',
    async ({ collection, lang }) => {
      const body = bodyFor(collection)
      const paths = listPaths(body)
      expect(paths.length, `${collection} has lists`).toBeGreaterThan(0)
      const created = await api(server.baseUrl, `/${collection}?draft=true&locale=${lang}`, {
        method: 'POST',
        token,
        lang,
        form: adminForm(body),
      })
      expect(created.status, JSON.stringify(created.json)).toBe(201)
      const id = (created.json.doc as { id: string }).id
      // Autosave then sends the same body again as an update.
      const saved = await api(
        server.baseUrl,
        `/${collection}/${id}?draft=true&autosave=true&locale=${lang}`,
        { method: 'PATCH', token, lang, form: adminForm(body) },
      )
      expect(saved.status, JSON.stringify(saved.json)).toBe(200)
      const doc = await cms.payload.findByID({ collection, id, draft: true, locale: lang })
      for (const path of paths) expect(valueAt(doc, path), path).toEqual([])
    },
  )
})

describe('a list sent as anything but rows or the empty-list 0 is still refused', () => {
  it.each([
    { value: 3, lang: 'en' as const, message: /^must be a list, not a number$/ },
    { value: 'none', lang: 'en' as const, message: /^must be a list, not text$/ },
    { value: {}, lang: 'ar' as const, message: /^يجب أن يكون قائمة، لا كائنًا$/ },
  ])(
    'statistic.breakdown sent as $value is refused naming the field ($lang)',
    async ({ value, lang, message }) => {
      const body = { ...bodyFor('findings'), statistic: { breakdown: value } }
      const response = await api(server.baseUrl, `/findings?draft=true&locale=${lang}`, {
        method: 'POST',
        token,
        lang,
        form: adminForm(body),
      })
      expect(response.status, JSON.stringify(response.json)).toBe(400)
      expect(fieldErrors(response)).toContainEqual(
        expect.objectContaining({
          path: 'statistic.breakdown',
          message: expect.stringMatching(message) as unknown,
        }),
      )
    },
  )
})
