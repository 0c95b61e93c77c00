/**
 * The permalink registry (cms/src/collections/Permalinks): the publishing pipeline records every
 * URL of a release that goes live, keeps its first-published date, and the export hands the
 * registry to the build's guard (`permalinks.json` in the snapshot). Nobody edits it over REST.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerPermalinks } from '@mahjar/cms/permalinks/register'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { api, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let admin = ''

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  const user = await cms.createUser('admin')
  admin = await login(server.baseUrl, user.email, testPassword)
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

async function entry(sitePath: string) {
  const found = await payload.find({
    collection: 'permalinks',
    where: { path: { equals: sitePath } },
  })
  return found.docs[0]
}

describe('the permalink registry', () => {
  it('records the URLs of each release once, keeping the first-published date and moving the last-seen day', async () => {
    const first = new Date('2026-11-30T10:00:00.000Z')
    const later = new Date('2026-12-01T09:00:00.000Z')
    expect(
      await registerPermalinks(payload, ['/ar/findings/aie-f77/', '/f/aie-f77/'], first),
    ).toMatchObject({
      added: 2,
      seen: 2,
    })
    expect(
      await registerPermalinks(
        payload,
        ['/ar/findings/aie-f77/', '/f/aie-f77/', '/en/findings/aie-f77/'],
        later,
      ),
    ).toMatchObject({ added: 1, seen: 3, rows: [{ path: '/en/findings/aie-f77/' }] })
    const kept = await entry('/ar/findings/aie-f77/')
    expect(kept?.firstPublishedAt).toBe(first.toISOString())
    expect(kept?.lastSeenAt).toBe(later.toISOString())
    expect((await entry('/en/findings/aie-f77/'))?.firstPublishedAt).toBe(later.toISOString())
    expect((await payload.count({ collection: 'permalinks' })).totalDocs).toBe(3)
  })

  it('moves the last-seen day once a day, not on every release', async () => {
    const sameDay = new Date('2026-12-01T23:59:00.000Z')
    const nextDay = new Date('2026-12-02T00:01:00.000Z')
    await registerPermalinks(payload, ['/ar/findings/aie-f77/', '/f/aie-f77/'], sameDay)
    expect((await entry('/ar/findings/aie-f77/'))?.lastSeenAt).toBe('2026-12-01T09:00:00.000Z')
    await registerPermalinks(payload, ['/ar/findings/aie-f77/'], nextDay)
    expect((await entry('/ar/findings/aie-f77/'))?.lastSeenAt).toBe(nextDay.toISOString())
    // Not in that release: still the day it was last seen.
    expect((await entry('/f/aie-f77/'))?.lastSeenAt).toBe('2026-12-01T09:00:00.000Z')
    expect((await entry('/f/aie-f77/'))?.firstPublishedAt).toBe('2026-11-30T10:00:00.000Z')
  })

  it('registers thousands of URLs in batches', async () => {
    const many = Array.from({ length: 1_200 }, (_, i) => `/en/recommendations/aie-z${String(i)}/`)
    expect(await registerPermalinks(payload, many)).toMatchObject({ added: 1_200, seen: 1_200 })
    expect(await registerPermalinks(payload, many)).toEqual({ added: 0, seen: 1_200, rows: [] })
  })

  it('is exported into the snapshot for the build’s guard', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-registry-')), 'snapshot')
    await exportSnapshot(payload, dir)
    const file = JSON.parse(await readFile(path.join(dir, 'permalinks.json'), 'utf8')) as {
      docs: { path: string; firstPublishedAt: string }[]
    }
    expect(file.docs).toContainEqual({
      path: '/f/aie-f77/',
      firstPublishedAt: '2026-11-30T10:00:00.000Z',
    })
    expect(file.docs.length).toBe(1_203)
  })

  it('cannot be written or emptied over REST, not even by an admin', async () => {
    const created = await api(server.baseUrl, '/permalinks', {
      method: 'POST',
      token: admin,
      body: { path: '/ar/x/', firstPublishedAt: '2026-01-01', lastSeenAt: '2026-01-01' },
    })
    expect(created.status).toBe(403)
    const kept = await entry('/f/aie-f77/')
    const removed = await api(server.baseUrl, `/permalinks/${String(kept?.id)}`, {
      method: 'DELETE',
      token: admin,
    })
    expect(removed.status).toBe(403)
    expect(await entry('/f/aie-f77/')).toBeDefined()
  })
})
