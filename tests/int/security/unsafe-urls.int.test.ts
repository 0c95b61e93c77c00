/**
 * Unsafe URLs are refused when saved, over real HTTP: a link field or a link in rich text
 * carrying `javascript:`, `data:`, `vbscript:`, `file:`, a protocol-relative host or any other
 * scheme gets 400, the field's path and a message in the request's language (Arabic and
 * English); drafts included (they skip Payload's validation); nothing is written. Over-long
 * slugs and codes are refused the same way, and a maximum-length one is accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { identifierMaxLength } from '@mahjar/shared/identifiers'
import { api, fieldErrors, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import {
  campaignEdition,
  createBilingual,
  finding,
  lexical,
  practice,
  report,
  rowIds,
  story,
  theme,
  type Lang,
} from '../../helpers/payload-fixtures.ts'
import { unsafeUrls } from '../../helpers/xss-payloads.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let token = ''
let reportId = ''

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  token = await login(server.baseUrl, (await cms.createUser('editor')).email, testPassword)
  await createBilingual(payload, 'themes', theme('funding'))
  reportId = await createBilingual(payload, 'reports', report('security-report'))
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

/** A Lexical paragraph holding one link node with the given URL. */
function lexicalWithLink(url: string, type: 'link' | 'autolink' = 'link') {
  const doc = lexical('نص قبل الرابط ')
  doc.root.children[0]?.children.push({
    type,
    version: 3,
    format: '',
    indent: 0,
    direction: null,
    fields: { url, linkType: 'custom', newTab: false },
    children: [
      { type: 'text', text: 'click', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
    ],
  })
  return doc
}

type Case = {
  name: string
  collection: 'practices' | 'stories' | 'reports' | 'campaign-editions'
  body: (lang: Lang, url: string) => Record<string, unknown>
  path: string
  message: Record<Lang, RegExp>
}

const linkMessage = { ar: /الروابط المسموح بها/, en: /links must start with https:\/\// }
const urlMessage = { ar: /http:\/\/ أو https:\/\//, en: /starting with http:\/\/ or https:\/\// }

const cases: Case[] = [
  {
    name: 'a practice body with a link',
    collection: 'practices',
    body: (lang, url) => ({
      ...practice('unsafe-practice')(lang, rowIds()),
      body: lexicalWithLink(url),
    }),
    path: 'body',
    message: linkMessage,
  },
  {
    name: 'a story body with an auto-link',
    collection: 'stories',
    body: (lang, url) => ({
      ...story('unsafe-story')(lang, rowIds()),
      body: lexicalWithLink(url, 'autolink'),
    }),
    path: 'body',
    message: linkMessage,
  },
  {
    name: 'a report chapter body with a link',
    collection: 'reports',
    body: (lang, url) => {
      const doc = report('unsafe-report')(lang, rowIds())
      const chapters = doc.chapters as Record<string, unknown>[]
      return { ...doc, chapters: [{ ...chapters[0], body: lexicalWithLink(url) }] }
    },
    path: 'chapters.0.body',
    message: linkMessage,
  },
  {
    name: 'an edition summary with a link',
    collection: 'campaign-editions',
    body: (lang, url) => ({
      ...campaignEdition('unsafe-campaign', 2031)(lang, rowIds()),
      summary: lexicalWithLink(url),
    }),
    path: 'summary',
    message: linkMessage,
  },
  {
    name: 'a practice link field',
    collection: 'practices',
    body: (lang, url) => {
      const doc = practice('unsafe-practice-link')(lang, rowIds())
      return { ...doc, links: [{ ...(doc.links as object[])[0], url }] }
    },
    path: 'links.0.url',
    message: urlMessage,
  },
  {
    name: 'a story source field',
    collection: 'stories',
    body: (lang, url) => {
      const doc = story('unsafe-story-source')(lang, rowIds())
      return { ...doc, sources: [{ ...(doc.sources as object[])[0], url }] }
    },
    path: 'sources.0.url',
    message: urlMessage,
  },
  {
    name: 'a campaign action URL',
    collection: 'campaign-editions',
    body: (lang, url) => {
      const doc = campaignEdition('unsafe-action', 2032)(lang, rowIds())
      return { ...doc, actions: [{ ...(doc.actions as object[])[0], url }] }
    },
    path: 'actions.0.url',
    message: urlMessage,
  },
]

async function save(
  collection: Case['collection'],
  body: Record<string, unknown>,
  lang: Lang,
  draft: boolean,
) {
  return api(server.baseUrl, `/${collection}?locale=${lang}${draft ? '&draft=true' : ''}`, {
    method: 'POST',
    token,
    lang,
    body: { ...body, _status: draft ? 'draft' : 'published' },
  })
}

describe('unsafe URLs are refused at save time', () => {
  it.each(cases)('$name with a safe https link is accepted', async ({ collection, body }) => {
    const response = await save(collection, body('en', 'https://example.org/ok'), 'en', false)
    expect(response.status, JSON.stringify(response.json)).toBe(201)
    await payload.delete({ collection, id: (response.json.doc as { id: string }).id })
  })

  describe.each(cases)('$name', ({ collection, body, path, message }) => {
    it.each(unsafeUrls.map((url) => [url]))(
      'refuses %j in Arabic and in English, published or draft, and writes nothing',
      async (url) => {
        const before = (await payload.count({ collection })).totalDocs
        for (const [lang, draft] of [
          ['ar', false],
          ['en', true],
        ] as const) {
          const response = await save(collection, body(lang, url), lang, draft)
          expect(response.status, JSON.stringify(response.json)).toBe(400)
          expect(fieldErrors(response)).toContainEqual(
            expect.objectContaining({
              path,
              message: expect.stringMatching(message[lang]) as unknown,
            }),
          )
        }
        expect((await payload.count({ collection })).totalDocs).toBe(before)
      },
    )
  })
})

describe('slugs and codes are bounded', () => {
  it(`accepts a code and a slug of ${String(identifierMaxLength)} characters`, async () => {
    const longCode = `X-${'A'.repeat(identifierMaxLength - 2)}`
    const f = await save(
      'practices',
      practice('x'.repeat(identifierMaxLength))('en', rowIds()),
      'en',
      false,
    )
    expect(f.status, JSON.stringify(f.json)).toBe(201)
    const response = await api(server.baseUrl, '/findings?locale=en', {
      method: 'POST',
      token,
      lang: 'en',
      body: { ...finding(longCode, reportId)('en', rowIds()), _status: 'published' },
    })
    expect(response.status, JSON.stringify(response.json)).toBe(201)
  })

  it.each([
    ['ar', /يجب ألا يزيد على 100 حرفًا/],
    ['en', /must be at most 100 characters/],
  ] as const)('refuses one character more, naming the field, in %s', async (lang, message) => {
    const before = (await payload.count({ collection: 'findings' })).totalDocs
    const tooLong = `X-${'B'.repeat(identifierMaxLength - 1)}`
    const response = await api(server.baseUrl, `/findings?locale=${lang}&draft=true`, {
      method: 'POST',
      token,
      lang,
      body: { ...finding(tooLong, reportId)(lang, rowIds()), _status: 'draft' },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toContainEqual(
      expect.objectContaining({ path: 'code', message: expect.stringMatching(message) as unknown }),
    )
    const slugResponse = await save(
      'practices',
      practice('y'.repeat(identifierMaxLength + 1))(lang, rowIds()),
      lang,
      true,
    )
    expect(slugResponse.status).toBe(400)
    expect(fieldErrors(slugResponse)).toContainEqual(
      expect.objectContaining({ path: 'slug', message: expect.stringMatching(message) as unknown }),
    )
    expect((await payload.count({ collection: 'findings' })).totalDocs).toBe(before)
  })
})
