/**
 * The 400 list, completed: every malformed request over real HTTP — bodies that are not JSON
 * objects, query parameters out of range, unknown fields, impossible dates, unbounded numbers,
 * blank required text, control characters, drafts naming documents that do not exist — is
 * refused with a 4xx that names the field, in the request's language (Arabic and English), and
 * leaves the database exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fieldErrors, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { databaseState } from '../../helpers/database-state.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import {
  audience,
  campaignEdition,
  createBilingual,
  finding,
  lexical,
  practice,
  recommendation,
  report,
  rowIds,
  story,
  theme,
  type Builder,
} from '../../helpers/payload-fixtures.ts'
import { campaignSlug, campaignYear, reportSlug } from '../../helpers/constants.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let token = ''
const refs = { report: '', audience: '', theme: '', finding: '', story: '' }

type Lang = 'ar' | 'en'
type Collection =
  | 'findings'
  | 'recommendations'
  | 'practices'
  | 'campaign-editions'
  | 'stories'
  | 'reports'
  | 'themes'

/** One malformed request: how to send it, and the field its refusal must name. */
type Case = {
  name: string
  path: string
  /** The English message (the Arabic one is checked for Arabic script). */
  message: RegExp
  send: (lang: Lang) => Promise<Response>
}

const unknownId = '00000000-0000-4000-8000-000000000000'
const valid: Record<Collection, () => Builder> = {
  findings: () => finding('AIE-F90', refs.report),
  recommendations: () => recommendation('AIE-A90', refs),
  practices: () => practice('a-new-practice'),
  'campaign-editions': () => campaignEdition(campaignSlug, campaignYear + 5),
  stories: () => story('a-new-story'),
  reports: () => report('a-new-report'),
  themes: () => theme('a-new-theme'),
}

function request(
  method: string,
  path: string,
  lang: Lang,
  body?: string,
  contentType = 'application/json',
): Promise<Response> {
  return fetch(`${server.baseUrl}/api${path}`, {
    method,
    headers: {
      'accept-language': lang,
      authorization: `JWT ${token}`,
      ...(body === undefined ? {} : { 'content-type': contentType }),
    },
    ...(body === undefined ? {} : { body }),
  })
}

/** A valid document of `collection` in `lang`, with one change that makes it malformed. */
function create(
  collection: Collection,
  change: (doc: Record<string, unknown>) => Record<string, unknown>,
  query = '',
) {
  return (lang: Lang) => {
    const status = collection === 'themes' ? {} : { _status: 'published' }
    const doc = change({ ...valid[collection]()(lang, rowIds()), ...status })
    return request('POST', `/${collection}?locale=${lang}${query}`, lang, JSON.stringify(doc))
  }
}

const set = (key: string, value: unknown) => (doc: Record<string, unknown>) => ({
  ...doc,
  [key]: value,
})
const setIn = (group: string, key: string, value: unknown) => (doc: Record<string, unknown>) => ({
  ...doc,
  [group]: { ...(doc[group] as object), [key]: value },
})
const setInRow = (list: string, key: string, value: unknown) => (doc: Record<string, unknown>) => ({
  ...doc,
  [list]: (doc[list] as Record<string, unknown>[]).map((row, index) =>
    index === 0 ? { ...row, [key]: value } : row,
  ),
})

/** A recommendation with one follow-up entry, changed by `change`. */
const withEntry = (change: Record<string, unknown>) => (doc: Record<string, unknown>) => ({
  ...doc,
  followUp: [
    {
      date: '2026-03-02',
      audience: refs.audience,
      kind: 'response',
      status: 'supported',
      statement: 'A donor supported it.',
      ...change,
    },
  ],
})

const body = (method: string, path: string, text: string, contentType?: string) => (lang: Lang) =>
  request(method, `${path}${path.includes('?') ? '&' : '?'}locale=${lang}`, lang, text, contentType)
const get = (path: string) => (lang: Lang) => request('GET', path, lang)

const deepArray = '['.repeat(100_000) + ']'.repeat(100_000)
const notObject = /must be a JSON object/
const wholeNumber = /whole number from/
const between = /must be between/
const unknownField = /is not a field of/
const notADate = /is not a real date/
const control = /control characters/
const blank = /empty or only spaces/

const cases: Case[] = [
  // Bodies that are not JSON objects
  {
    name: 'a JSON string body',
    path: 'body',
    message: notObject,
    send: body('POST', '/findings', '"hello"'),
  },
  {
    name: 'a JSON number body',
    path: 'body',
    message: notObject,
    send: body('POST', '/findings', '42'),
  },
  {
    name: 'a JSON null body',
    path: 'body',
    message: notObject,
    send: body('POST', '/findings', 'null'),
  },
  {
    name: 'a JSON list body',
    path: 'body',
    message: notObject,
    send: body('POST', '/findings', '[{"code":"AIE-F90"}]'),
  },
  {
    name: 'a JSON body cut short',
    path: 'body',
    message: notObject,
    send: body('POST', '/findings', '{"code": "AIE-'),
  },
  {
    name: 'a text/plain body',
    path: 'body',
    message: notObject,
    send: body('POST', '/findings', 'code=AIE-F90', 'text/plain'),
  },
  {
    name: 'an XML body',
    path: 'body',
    message: notObject,
    send: body('POST', '/reports', '<report/>', 'application/xml'),
  },
  {
    name: 'a 100,000-deep list',
    path: 'body',
    message: /nested more than 64 levels/,
    send: body('POST', '/findings', deepArray),
  },
  {
    name: 'a 100,000-deep list in a field',
    path: 'body',
    message: /nested more than 64 levels/,
    send: body('POST', '/findings', `{"statement":${deepArray}}`),
  },
  {
    name: 'a JSON string body on an update',
    path: 'body',
    message: notObject,
    send: (lang) => body('PATCH', `/findings/${refs.finding}`, '"x"')(lang),
  },
  {
    name: 'a text/plain body on an update',
    path: 'body',
    message: notObject,
    send: (lang) => body('PATCH', `/stories/${refs.story}`, 'hello', 'text/plain')(lang),
  },
  // Query parameters
  { name: 'depth=-1', path: 'depth', message: wholeNumber, send: get('/findings?depth=-1') },
  { name: 'depth=abc', path: 'depth', message: wholeNumber, send: get('/findings?depth=abc') },
  { name: 'depth=11', path: 'depth', message: wholeNumber, send: get('/reports?depth=11') },
  { name: 'depth=1.5', path: 'depth', message: wholeNumber, send: get('/themes?depth=1.5') },
  { name: 'limit=-5', path: 'limit', message: wholeNumber, send: get('/findings?limit=-5') },
  { name: 'limit=abc', path: 'limit', message: wholeNumber, send: get('/stories?limit=abc') },
  { name: 'limit=1e9', path: 'limit', message: wholeNumber, send: get('/findings?limit=1e9') },
  { name: 'page=0', path: 'page', message: wholeNumber, send: get('/findings?page=0') },
  { name: 'page=-1', path: 'page', message: wholeNumber, send: get('/practices?page=-1') },
  { name: 'page=two', path: 'page', message: wholeNumber, send: get('/findings?page=two') },
  {
    name: 'depth=-1 on a document',
    path: 'depth',
    message: wholeNumber,
    send: (lang) => get(`/findings/${refs.finding}?depth=-1`)(lang),
  },
  {
    name: 'locale=xx on a read',
    path: 'locale',
    message: /must be one of ar, en, all/,
    send: get('/findings?locale=xx'),
  },
  {
    name: 'locale=xx on a create',
    path: 'locale',
    message: /must be one of ar, en, all/,
    send: (lang) =>
      request('POST', '/themes?locale=xx', lang, JSON.stringify(valid.themes()('en', rowIds()))),
  },
  {
    name: 'locale=xx on an update',
    path: 'locale',
    message: /must be one of ar, en, all/,
    send: (lang) =>
      request(
        'PATCH',
        `/findings/${refs.finding}?locale=xx`,
        lang,
        JSON.stringify({ statement: 'x' }),
      ),
  },
  {
    name: 'fallback-locale=xx',
    path: 'fallback-locale',
    message: /must be one of/,
    send: get('/findings?fallback-locale=xx'),
  },
  // Numbers beyond any bound
  {
    name: 'order 1e20',
    path: 'order',
    message: between,
    send: create('findings', set('order', 1e20)),
  },
  {
    name: 'order -1e20',
    path: 'order',
    message: between,
    send: create('findings', set('order', -1e20)),
  },
  {
    name: 'a statistic base of 1e15',
    path: 'statistic.base',
    message: between,
    send: create('findings', setIn('statistic', 'base', 1e15)),
  },
  {
    name: 'a breakdown value of 1e20',
    path: 'statistic.breakdown.0.value',
    message: between,
    send: create('findings', (doc) => ({
      ...doc,
      statistic: { ...(doc.statistic as object), breakdown: [{ label: 'x', value: 1e20 }] },
    })),
  },
  {
    name: 'a recommendation order 1e20',
    path: 'order',
    message: between,
    send: create('recommendations', set('order', 1e20)),
  },
  {
    name: 'activists invited 1e20',
    path: 'methodology.activistsInvited',
    message: between,
    send: create('reports', setIn('methodology', 'activistsInvited', 1e20)),
  },
  {
    name: 'a theme order 1e20',
    path: 'order',
    message: between,
    send: create('themes', set('order', 1e20)),
  },
  {
    name: 'a period starting in year 1e20',
    path: 'period.start',
    message: between,
    send: create('practices', setIn('period', 'start', 1e20)),
  },
  {
    name: 'an edition number 1e20',
    path: 'edition',
    message: between,
    send: create('campaign-editions', set('edition', 1e20)),
  },
  {
    name: 'an outcome value 1e20',
    path: 'outcomes.0.value',
    message: between,
    send: create('stories', setInRow('outcomes', 'value', 1e20)),
  },
  {
    name: 'order 1e20 in a draft',
    path: 'order',
    message: between,
    send: create(
      'findings',
      (doc) => ({ ...set('order', 1e20)(doc), _status: 'draft' }),
      '&draft=true',
    ),
  },
  // Unknown fields
  {
    name: 'an unknown top-level field',
    path: 'colour',
    message: unknownField,
    send: create('findings', set('colour', 'red')),
  },
  {
    name: 'an unknown field in a group',
    path: 'statistic.colour',
    message: unknownField,
    send: create('findings', setIn('statistic', 'colour', 'red')),
  },
  {
    name: 'an unknown field in a list row',
    path: 'corrections.0.author',
    message: unknownField,
    send: create('findings', setInRow('corrections', 'author', 'x')),
  },
  {
    name: 'an unknown field on a report',
    path: 'authorEmail',
    message: unknownField,
    send: create('reports', set('authorEmail', 'a@b.c')),
  },
  {
    name: 'an unknown field on a theme',
    path: 'secret',
    message: unknownField,
    send: create('themes', set('secret', true)),
  },
  {
    name: 'an unknown field on a story',
    path: 'tellerPhone',
    message: unknownField,
    send: create('stories', set('tellerPhone', '+000')),
  },
  {
    name: 'an unknown field in a practice link',
    path: 'links.0.tracking',
    message: unknownField,
    send: create('practices', setInRow('links', 'tracking', 'x')),
  },
  {
    name: 'an unknown field on an update',
    path: 'hidden',
    message: unknownField,
    send: (lang) =>
      request(
        'PATCH',
        `/findings/${refs.finding}?locale=${lang}&draft=true`,
        lang,
        JSON.stringify({ hidden: 1 }),
      ),
  },
  {
    name: 'an unknown field in a draft',
    path: 'extra',
    message: unknownField,
    send: create('practices', (doc) => ({ ...doc, extra: 1, _status: 'draft' }), '&draft=true'),
  },
  // Statuses
  {
    name: '_status "bogus" on a create',
    path: '_status',
    message: /must be "draft" or "published", not "bogus"/,
    send: create('findings', set('_status', 'bogus')),
  },
  {
    name: '_status "bogus" on an update',
    path: '_status',
    message: /not "bogus"/,
    send: (lang) =>
      request(
        'PATCH',
        `/findings/${refs.finding}?locale=${lang}`,
        lang,
        JSON.stringify({ _status: 'bogus' }),
      ),
  },
  {
    name: '_status 42',
    path: '_status',
    message: /not "42"/,
    send: create('stories', set('_status', 42)),
  },
  {
    name: '_status "Published"',
    path: '_status',
    message: /not "Published"/,
    send: create('reports', set('_status', 'Published')),
  },
  // Blank required text
  {
    name: 'a statement of spaces',
    path: 'statement',
    message: blank,
    send: create('findings', set('statement', '   ')),
  },
  {
    name: 'a statement of tabs and newlines',
    path: 'statement',
    message: blank,
    send: create('findings', set('statement', '\n\t \n')),
  },
  {
    name: 'a report title of spaces',
    path: 'title',
    message: blank,
    send: create('reports', set('title', '  ')),
  },
  {
    name: 'a theme name of no-break spaces',
    path: 'name',
    message: blank,
    send: create('themes', set('name', '\u00a0\u00a0')),
  },
  {
    name: 'a recommendation text of spaces',
    path: 'text',
    message: blank,
    send: create('recommendations', set('text', '    ')),
  },
  {
    name: 'a story title of spaces',
    path: 'title',
    message: blank,
    send: create('stories', set('title', ' ')),
  },
  {
    name: 'a chapter title of spaces',
    path: 'chapters.0.title',
    message: blank,
    send: create('reports', setInRow('chapters', 'title', '   ')),
  },
  // Dates that do not exist
  {
    name: '2026-02-30',
    path: 'startDate',
    message: notADate,
    send: create('campaign-editions', set('startDate', '2026-02-30')),
  },
  {
    name: 'a thirteenth month',
    path: 'startDate',
    message: notADate,
    send: create('campaign-editions', set('startDate', '2026-13-01')),
  },
  {
    name: '29 February of a common year',
    path: 'publishedOn',
    message: notADate,
    send: create('reports', set('publishedOn', '2021-02-29T00:00:00.000Z')),
  },
  {
    name: '31 April in a correction',
    path: 'corrections.0.date',
    message: notADate,
    send: create('findings', setInRow('corrections', 'date', '2022-04-31')),
  },
  {
    name: 'a date that is words',
    path: 'publishedOn',
    message: notADate,
    send: create('stories', set('publishedOn', 'last tuesday')),
  },
  {
    name: 'a year of six digits (a valid JavaScript date the site cannot publish)',
    path: 'publishedOn',
    message: notADate,
    send: create('stories', set('publishedOn', '+202630-11-30T00:00:00.000Z')),
  },
  {
    name: 'day zero',
    path: 'endDate',
    message: notADate,
    send: create('campaign-editions', set('endDate', '2026-01-00')),
  },
  // Control characters
  {
    name: 'a NUL in a statement',
    path: 'statement',
    message: control,
    send: create('findings', set('statement', 'More than 90%\u0000 left')),
  },
  {
    name: 'a BEL in a report title',
    path: 'title',
    message: control,
    send: create('reports', set('title', 'Activism\u0007')),
  },
  {
    name: 'an ESC in a theme name',
    path: 'name',
    message: control,
    send: create('themes', set('name', '\u001b[31mRed')),
  },
  {
    name: 'a control character in rich text',
    path: 'summary',
    message: control,
    send: create('reports', set('summary', lexical('A study\u0008 of activists.'))),
  },
  {
    name: 'a control character in a correction note',
    path: 'corrections.0.note',
    message: control,
    send: create('findings', setInRow('corrections', 'note', 'fixed\u0001')),
  },
  {
    name: 'a DEL in an exhibit',
    path: 'exhibit',
    message: control,
    send: create('findings', set('exhibit', '1-A\u007f')),
  },
  {
    name: 'a C1 control in a story summary',
    path: 'summary',
    message: control,
    send: create('stories', set('summary', 'x\u0085y')),
  },
  {
    name: 'a vertical tab in a practice city',
    path: 'city',
    message: control,
    send: create('practices', set('city', 'Brussels\u000b')),
  },
  // Relations to nothing, drafts included
  {
    name: 'a draft naming an unknown report',
    path: 'report',
    message: /no item with id/,
    send: create(
      'findings',
      (doc) => ({ ...doc, report: unknownId, _status: 'draft' }),
      '&draft=true',
    ),
  },
  // Follow-up entries of a recommendation
  {
    name: 'a follow-up entry dated 2026-02-30',
    path: 'followUp.0.date',
    message: notADate,
    send: create('recommendations', withEntry({ date: '2026-02-30' })),
  },
  {
    name: 'a follow-up statement of spaces',
    path: 'followUp.0.statement',
    message: blank,
    send: create('recommendations', withEntry({ statement: '   ' })),
  },
  {
    name: 'a follow-up statement with a bell character',
    path: 'followUp.0.statement',
    message: control,
    send: create('recommendations', withEntry({ statement: 'supported\u0007 it' })),
  },
  {
    name: 'a javascript: source of a follow-up entry',
    path: 'followUp.0.sources.0.url',
    message: /http:\/\/ (?:or|أو) https:\/\//,
    send: create(
      'recommendations',
      withEntry({ sources: [{ label: 'x', url: 'javascript:alert(1)' }] }),
    ),
  },
  {
    name: 'a draft naming an unknown follow-up addressee',
    path: 'followUp.0.audience',
    message: /no item with id/,
    send: create(
      'recommendations',
      (doc) => ({ ...withEntry({ audience: unknownId })(doc), _status: 'draft' }),
      '&draft=true',
    ),
  },
  {
    name: 'a draft naming an unknown theme',
    path: 'themes',
    message: /no item with id/,
    send: create(
      'recommendations',
      (doc) => ({ ...doc, themes: [unknownId], _status: 'draft' }),
      '&draft=true',
    ),
  },
  {
    name: 'a draft naming an unknown edition',
    path: 'campaignEdition',
    message: /no item with id/,
    send: create(
      'stories',
      (doc) => ({ ...doc, campaignEdition: unknownId, _status: 'draft' }),
      '&draft=true',
    ),
  },
  {
    name: 'a draft update naming an unknown report',
    path: 'report',
    message: /no item with id/,
    send: (lang) =>
      request(
        'PATCH',
        `/findings/${refs.finding}?locale=${lang}&draft=true`,
        lang,
        JSON.stringify({ report: unknownId }),
      ),
  },
  {
    name: 'a draft naming an unknown country',
    path: 'country',
    message: /ISO 3166-1/,
    send: create('stories', (doc) => ({ ...doc, country: 'QQ', _status: 'draft' }), '&draft=true'),
  },
]

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  token = await login(server.baseUrl, (await cms.createUser('editor')).email, testPassword)
  refs.theme = await createBilingual(payload, 'themes', theme('funding'))
  refs.audience = await createBilingual(payload, 'audiences', audience('local-civil-society'))
  refs.report = await createBilingual(payload, 'reports', report(reportSlug))
  refs.finding = await createBilingual(payload, 'findings', finding('AIE-F10', refs.report))
  refs.story = await createBilingual(payload, 'stories', story('living-together'))
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

const arabicScript = /[\u0600-\u06FF]/

describe('malformed requests are refused with a 4xx naming the field, and change nothing', () => {
  it('the valid documents the cases start from are accepted', async () => {
    for (const collection of Object.keys(valid) as Collection[]) {
      const response = await create(collection, (doc) => doc)('en')
      const text = await response.text()
      expect(response.status, `${collection}: ${text}`).toBe(201)
      const { doc } = JSON.parse(text) as { doc: { id: string } }
      await payload.delete({ collection, id: doc.id })
    }
  })

  it('covers at least 100 malformed requests', () => {
    expect(cases.length * 2).toBeGreaterThanOrEqual(100)
  })

  it.each(cases.flatMap((c) => (['en', 'ar'] as const).map((lang) => ({ ...c, lang }))))(
    '$name ($lang)',
    async ({ path, message, send, lang }) => {
      const before = await databaseState(payload)
      const response = await send(lang)
      const text = await response.text()
      expect(response.status, text).toBeGreaterThanOrEqual(400)
      expect(response.status, text).toBeLessThan(500)
      const json = JSON.parse(text) as Record<string, unknown>
      const errors = fieldErrors({ status: response.status, body: json, json })
      const named = errors.find((error) => error.path === path)
      expect(named, text).toBeDefined()
      if (lang === 'en') {
        expect(named?.message).toMatch(message)
        expect(named?.message).not.toMatch(arabicScript)
      } else {
        expect(named?.message).toMatch(arabicScript)
      }
      expect(await databaseState(payload)).toBe(before)
    },
  )
})
