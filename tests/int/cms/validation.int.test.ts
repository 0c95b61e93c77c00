/**
 * Bad input over real HTTP: each case is refused with 400, names the field path, says what is
 * wrong in the request's language, and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messageIn } from '@mahjar/cms/i18n/messages'
import { textLimits } from '@mahjar/shared/schemas/common'
import { api, fieldErrors, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import {
  audience,
  campaignEdition,
  createBilingual,
  finding,
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
const refs = { report: '', audience: '', theme: '' }

type Collection =
  | 'findings'
  | 'recommendations'
  | 'practices'
  | 'campaign-editions'
  | 'stories'
  | 'reports'
  | 'themes'
type Case = {
  name: string
  collection: Collection
  /** A valid document, then the one change that makes it bad. */
  change: (doc: Record<string, unknown>) => Record<string, unknown>
  path: string
  message: RegExp
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

const set = (key: string, value: unknown) => (doc: Record<string, unknown>) => ({
  ...doc,
  [key]: value,
})
const setIn = (group: string, key: string, value: unknown) => (doc: Record<string, unknown>) => ({
  ...doc,
  [group]: { ...(doc[group] as object), [key]: value },
})

const cases: Case[] = [
  {
    name: 'a lowercase code',
    collection: 'findings',
    change: set('code', 'aie-f90'),
    path: 'code',
    message: /uppercase code such as "AIE-F03"/,
  },
  {
    name: 'a code with a space',
    collection: 'findings',
    change: set('code', 'AIE F90'),
    path: 'code',
    message: /uppercase code/,
  },
  {
    name: 'a number where text belongs',
    collection: 'findings',
    change: set('statement', 42),
    path: 'statement',
    message: /^must be text, not a number$/,
  },
  {
    name: 'text where a number belongs',
    collection: 'findings',
    change: set('order', 'first'),
    path: 'order',
    message: /^must be a number, not text$/,
  },
  {
    name: 'an object where a report id belongs',
    collection: 'findings',
    change: set('report', { title: 'x' }),
    path: 'report',
    message: /^must be an id \(text\), not an object$/,
  },
  {
    name: 'a word where true or false belongs',
    collection: 'stories',
    change: set('anonymous', 'yes'),
    path: 'anonymous',
    message: /^must be true or false, not text$/,
  },
  {
    name: 'a fractional order',
    collection: 'findings',
    change: set('order', 1.5),
    path: 'order',
    message: /whole number/,
  },
  {
    name: 'a negative order',
    collection: 'findings',
    change: set('order', -1),
    path: 'order',
    message: /0/,
  },
  {
    name: 'an unknown report id',
    collection: 'findings',
    change: set('report', unknownId),
    path: 'report',
    message: new RegExp(`no item with id "${unknownId}" exists in reports`),
  },
  {
    name: 'a non-ISO country',
    collection: 'findings',
    change: set('countries', ['XX']),
    path: 'countries',
    message: /"XX" is not an ISO 3166-1 alpha-2 country code/,
  },
  {
    name: 'an oversize statement',
    collection: 'findings',
    change: set('statement', 'x'.repeat(textLimits.paragraph + 1)),
    path: 'statement',
    message: new RegExp(
      `at most ${String(textLimits.paragraph)} characters \\(it has ${String(textLimits.paragraph + 1)}\\)`,
    ),
  },
  {
    name: 'a script in the statement',
    collection: 'findings',
    change: set('statement', 'Findings <script>alert(1)</script>'),
    path: 'statement',
    message: /plain text: markup such as <script>/,
  },
  {
    name: 'markup in the exhibit label',
    collection: 'findings',
    change: set('exhibit', '<b>1-A</b>'),
    path: 'exhibit',
    message: /plain text/,
  },
  {
    name: 'an unknown statistic unit',
    collection: 'findings',
    change: setIn('statistic', 'unit', 'percentage'),
    path: 'statistic.unit',
    message: /invalid/i,
  },
  {
    name: 'a percentage over 100',
    collection: 'findings',
    change: setIn('statistic', 'value', 120),
    path: 'statistic.value',
    message: /percentage cannot exceed 100/,
  },
  {
    name: 'a range whose top is below its bottom',
    collection: 'findings',
    change: setIn('statistic', 'valueMax', 50),
    path: 'statistic.valueMax',
    message: /greater than the value/,
  },
  {
    name: 'a chapter key the report lacks',
    collection: 'findings',
    change: set('chapter', 'appendix'),
    path: 'chapter',
    message: /has no chapter with key "appendix" \(its chapters: findings\)/,
  },
  {
    name: 'a missing statement',
    collection: 'findings',
    change: set('statement', ''),
    path: 'statement',
    message: /required/i,
  },
  {
    name: 'a malformed study number',
    collection: 'recommendations',
    change: set('number', 'A1'),
    path: 'number',
    message: /must look like "A.1" or "B.1.11"/,
  },
  {
    name: 'no audience',
    collection: 'recommendations',
    change: set('audiences', []),
    path: 'audiences',
    message: /required/i,
  },
  {
    name: 'evidence pointing at no finding',
    collection: 'recommendations',
    change: set('evidence', [unknownId]),
    path: 'evidence',
    message: /no item with id .* in findings/,
  },
  {
    name: 'a Global Compact objective beyond 23',
    collection: 'practices',
    change: set('gcmObjectives', [24]),
    path: 'gcmObjectives',
    message: /23/,
  },
  {
    name: 'a period ending before it starts',
    collection: 'practices',
    change: set('period', { start: 2020, end: 2017 }),
    path: 'period.end',
    message: /end year must not be before the start year/,
  },
  {
    name: 'a javascript: link',
    collection: 'practices',
    change: set('links', [{ label: 'x', url: 'javascript:alert(1)' }]),
    path: 'links.0.url',
    message: /http:\/\/ or https:\/\//,
  },
  {
    name: 'a hashtag without #',
    collection: 'campaign-editions',
    change: set('hashtag', 'AlMahjarCan'),
    path: 'hashtag',
    message: /must be a hashtag such as "#AlMahjarCan_21"/,
  },
  {
    name: 'an edition ending before it starts',
    collection: 'campaign-editions',
    change: set('endDate', '2020-01-01T00:00:00.000Z'),
    path: 'endDate',
    message: /end date must not be before the start date/,
  },
  {
    name: 'a story without consent',
    collection: 'stories',
    change: set('consent', false),
    path: 'consent',
    message: /only with the teller's consent/,
  },
  {
    name: 'more respondents than invited',
    collection: 'reports',
    change: setIn('methodology', 'activistsResponded', 500),
    path: 'methodology.activistsResponded',
    message: /cannot exceed activists invited/,
  },
  {
    name: 'two chapters with one key',
    collection: 'reports',
    change: (doc) => ({
      ...doc,
      chapters: [
        ...(doc.chapters as object[]),
        { key: 'findings', title: 'Again', body: (doc.chapters as { body: unknown }[])[0]?.body },
      ].map((c) => ({ ...c, id: undefined })),
    }),
    path: 'chapters',
    message: /duplicate chapter key "findings"/,
  },
  {
    name: 'a slug with capitals and spaces',
    collection: 'reports',
    change: set('slug', 'Activism In Exile'),
    path: 'slug',
    message: /lowercase letters, digits and single hyphens/,
  },
  {
    name: 'an image tag in a theme name',
    collection: 'themes',
    change: set('name', '<img src=x onerror=alert(1)>'),
    path: 'name',
    message: /plain text/,
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
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

async function post(collection: Collection, body: Record<string, unknown>, lang: 'ar' | 'en') {
  const status = collection === 'themes' ? {} : { _status: 'published' }
  return api(server.baseUrl, `/${collection}?locale=${lang}`, {
    method: 'POST',
    token,
    lang,
    body: { ...body, ...status },
  })
}

describe('bad input is refused with 400, the field path and a specific message', () => {
  it('the valid documents the cases start from are accepted', async () => {
    for (const collection of Object.keys(valid) as Collection[]) {
      const doc = valid[collection]()('en', rowIds())
      const response = await post(collection, doc, 'en')
      expect(response.status, `${collection}: ${JSON.stringify(response.json)}`).toBe(201)
      const id = (response.json.doc as { id: string }).id
      await payload.delete({ collection, id })
    }
  })

  it.each(cases)('$name is refused', async ({ collection, change, path, message }) => {
    const before = await payload.count({ collection })
    const response = await post(collection, change(valid[collection]()('en', rowIds())), 'en')
    expect(response.status, JSON.stringify(response.json)).toBe(400)
    expect(fieldErrors(response)).toContainEqual(
      expect.objectContaining({ path, message: expect.stringMatching(message) as unknown }),
    )
    expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
  })

  it('gives the messages in Arabic to an Arabic request', async () => {
    const bad = {
      ...finding('AIE-F91', refs.report)('ar', rowIds()),
      statement: '<script>x</script>',
      exhibit: 'x'.repeat(textLimits.exhibit + 1),
      order: 1.5,
    }
    const response = await post('findings', bad, 'ar')
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'statement',
          message: expect.stringMatching(/نصًا عاديًا/) as unknown,
        }),
        expect.objectContaining({ path: 'order', message: 'يجب أن يكون عددًا صحيحًا' }),
        expect.objectContaining({
          path: 'exhibit',
          message: messageIn('ar', 'tooLong', {
            max: textLimits.exhibit,
            length: textLimits.exhibit + 1,
          }),
        }),
      ]),
    )
  })

  it('refuses an upload of the wrong type, and stores no file', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob(['#!/bin/sh\necho hi\n'], { type: 'text/x-shellscript' }),
      'run.sh',
    )
    form.append('_payload', JSON.stringify({ alt: 'A script' }))
    const response = await api(server.baseUrl, '/media?locale=en', {
      method: 'POST',
      token,
      lang: 'en',
      form,
    })
    expect(response.status).toBe(400)
    // Judged by the bytes (collections/Media/cleanUpload.ts), named in the request's language.
    expect(JSON.stringify(response.json)).toMatch(/the file \\"run\.sh\\" is not a JPEG, PNG/)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
  })

  // Payload stops reading at the limit and answers 413 Content Too Large (its own status, message
  // in English only): the one refusal here that is not a 400.
  it('refuses an upload over the 10 MB limit with 413, and stores no file', async () => {
    const form = new FormData()
    const big = new Uint8Array(11 * 1024 * 1024)
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    form.append('file', new Blob([big], { type: 'image/png' }), 'huge.png')
    form.append('_payload', JSON.stringify({ alt: 'Too big' }))
    const response = await api(server.baseUrl, '/media?locale=en', {
      method: 'POST',
      token,
      lang: 'en',
      form,
    })
    expect(response.status).toBe(413)
    expect(JSON.stringify(response.json)).toMatch(/File size limit has been reached/)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
  })
})
