/**
 * Withdrawal instead of disappearance (cms/src/collections/withdrawal.ts), over real HTTP as the
 * admin sends it: Unpublish and Delete of a published item need a public reason; the withdrawal is
 * recorded, exported into the snapshot and keeps the item's URLs answering (the permalink check
 * passes); publishing again removes it; a withdrawn code is never reused.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { readSnapshotWithdrawals, withdrawnUrls } from '@mahjar/publish/outputs/permalinks'
import { urls } from '@mahjar/shared/urls'
import { api, fieldErrors, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import {
  createBilingual,
  finding,
  practice,
  report,
  rowIds,
} from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let editor = ''
let reportId = ''

const reason = {
  ar: 'تبيّن أن الرقم يجمع فئتين مختلفتين من الإجابات.',
  en: 'The figure was found to merge two different answer categories.',
}

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  const user = await cms.createUser('editor')
  editor = await login(server.baseUrl, user.email, testPassword)
  reportId = await createBilingual(payload, 'reports', report(reportSlug))
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

/** What the admin's Unpublish button sends. */
function unpublish(collection: string, id: string, lang: 'ar' | 'en') {
  return api(server.baseUrl, `/${collection}/${id}?locale=${lang}&depth=0`, {
    method: 'PATCH',
    token: editor,
    lang,
    body: { _status: 'draft' },
  })
}

/** What autosave sends when the editor types the reason in the sidebar. */
async function typeReason(collection: string, id: string, lang: 'ar' | 'en', text: string) {
  const response = await api(
    server.baseUrl,
    `/${collection}/${id}?draft=true&autosave=true&locale=${lang}`,
    { method: 'PATCH', token: editor, lang, body: { withdrawalReason: text } },
  )
  expect(response.status, JSON.stringify(response.json)).toBe(200)
}

async function withdrawalsOf(collection: string, key: string) {
  const found = await payload.find({
    collection: 'withdrawals',
    where: { and: [{ collection: { equals: collection } }, { key: { equals: key } }] },
    locale: 'all',
  })
  return found.docs as unknown as {
    reason: Record<string, string>
    title: Record<string, string>
    report?: string
  }[]
}

describe('unpublishing a published item', () => {
  it('is refused without a public reason, naming the field, in the editor’s language', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F60', reportId))
    for (const [lang, words] of [
      ['en', /Reason for withdrawal/],
      ['ar', /سبب السحب/],
    ] as const) {
      const response = await unpublish('findings', id, lang)
      expect(response.status).toBe(400)
      const [error] = fieldErrors(response)
      expect(error?.path).toBe('withdrawalReason')
      expect(error?.message).toMatch(words)
    }
    const live = await api(server.baseUrl, `/findings/${id}`)
    expect(live.status).toBe(200)
    expect(await withdrawalsOf('findings', 'AIE-F60')).toEqual([])
  })

  it('with the reason typed in both languages, takes it off and records the notice', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F61', reportId))
    await typeReason('findings', id, 'ar', reason.ar)
    await typeReason('findings', id, 'en', reason.en)
    const response = await unpublish('findings', id, 'ar')
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    expect((await api(server.baseUrl, `/findings/${id}`)).status).not.toBe(200)
    const [withdrawal, ...more] = await withdrawalsOf('findings', 'AIE-F61')
    expect(more).toEqual([])
    expect(withdrawal?.reason).toEqual(reason)
    expect(withdrawal?.report).toBe(reportSlug)
    expect(Object.values(withdrawal?.title ?? {}).length).toBe(2)
  })

  it('exports the notice, so the item’s URLs and short link stay among the published ones', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-withdrawn-')), 'snapshot')
    await exportSnapshot(payload, dir)
    const withdrawals = await readSnapshotWithdrawals(dir)
    const entry = withdrawals.find((w) => w.key === 'AIE-F61')
    expect(entry?.reason).toEqual(reason)
    const served = withdrawnUrls(withdrawals)
    expect(served).toContain(urls.finding('ar', 'AIE-F61'))
    expect(served).toContain(urls.finding('en', 'AIE-F61'))
    expect(served).toContain('/f/aie-f61/')
  })

  it('is reversed by publishing again: the notice goes, the page comes back', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F62', reportId))
    await typeReason('findings', id, 'en', reason.en)
    expect((await unpublish('findings', id, 'en')).status).toBe(200)
    expect(await withdrawalsOf('findings', 'AIE-F62')).toHaveLength(1)
    const publish = await api(server.baseUrl, `/findings/${id}?locale=en`, {
      method: 'PATCH',
      token: editor,
      body: { _status: 'published' },
    })
    expect(publish.status, JSON.stringify(publish.json)).toBe(200)
    expect(await withdrawalsOf('findings', 'AIE-F62')).toEqual([])
    expect((await api(server.baseUrl, `/findings/${id}`)).status).toBe(200)
  })

  it('typed with the Unpublish itself, the reason stays in the request’s language', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F64', reportId))
    const response = await api(server.baseUrl, `/findings/${id}?locale=en&depth=0`, {
      method: 'PATCH',
      token: editor,
      body: { _status: 'draft', withdrawalReason: reason.en },
    })
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    const [withdrawal] = await withdrawalsOf('findings', 'AIE-F64')
    expect(withdrawal?.reason.en).toBe(reason.en)
    expect(withdrawal?.reason.ar ?? undefined).toBeUndefined()
    const stored = await payload.findByID({
      collection: 'findings',
      id,
      locale: 'all',
      draft: true,
    })
    const typed = (stored as unknown as { withdrawalReason: Record<string, string | null> })
      .withdrawalReason
    expect(typed.en).toBe(reason.en)
    expect(typed.ar ?? undefined).toBeUndefined()
  })

  it('refuses to unpublish with markup in the reason or one past 1,000 characters; one at the limit goes', async () => {
    for (const [n, text, status] of [
      [66, '<script>alert(1)</script> recalculated', 400],
      [67, '<img src=x onerror=alert(1)>', 400],
      [68, 'x'.repeat(1_001), 400],
      [69, 'x'.repeat(1_000), 200],
    ] as const) {
      const code = `AIE-F${String(n)}`
      const id = await createBilingual(payload, 'findings', finding(code, reportId))
      // The autosaved draft keeps what was typed (drafts skip validation, as everywhere).
      await typeReason('findings', id, 'en', text)
      const response = await unpublish('findings', id, 'en')
      expect(response.status, text.slice(0, 40)).toBe(status)
      if (status === 400) {
        expect(fieldErrors(response)[0]).toMatchObject({ path: 'withdrawalReason' })
        expect((await api(server.baseUrl, `/findings/${id}`)).status).toBe(200)
        expect(await withdrawalsOf('findings', code)).toEqual([])
      } else expect(await withdrawalsOf('findings', code)).toHaveLength(1)
    }
  })

  it('a draft that was never published unpublishes nothing and needs no reason', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F63', reportId), 'draft')
    expect((await unpublish('findings', id, 'en')).status).toBe(200)
    expect(await withdrawalsOf('findings', 'AIE-F63')).toEqual([])
  })
})

describe('deleting a published item', () => {
  it('is refused without a reason, and withdraws it with one: the notice outlives the document', async () => {
    const id = await createBilingual(payload, 'practices', practice('withdrawn-practice'))
    const refused = await api(server.baseUrl, `/practices/${id}`, {
      method: 'DELETE',
      token: editor,
      lang: 'ar',
    })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused)[0]?.message).toMatch(/سبب السحب/)
    expect(
      await payload.count({ collection: 'practices', where: { id: { equals: id } } }),
    ).toMatchObject({ totalDocs: 1 })
    await typeReason('practices', id, 'ar', reason.ar)
    const removed = await api(server.baseUrl, `/practices/${id}`, {
      method: 'DELETE',
      token: editor,
    })
    expect(removed.status, JSON.stringify(removed.json)).toBe(200)
    const [withdrawal] = await withdrawalsOf('practices', 'withdrawn-practice')
    expect(withdrawal?.reason.ar).toBe(reason.ar)
  })
})

describe('a withdrawn code', () => {
  it('is never taken by a new item, even after the withdrawn one is deleted', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F70', reportId))
    await typeReason('findings', id, 'en', reason.en)
    expect((await unpublish('findings', id, 'en')).status).toBe(200)
    await api(server.baseUrl, `/findings/${id}`, { method: 'DELETE', token: editor })
    expect(
      await payload.count({ collection: 'findings', where: { code: { equals: 'AIE-F70' } } }),
    ).toMatchObject({ totalDocs: 0 })
    for (const [lang, words] of [
      ['en', /withdrawn from the site.*never reused/],
      ['ar', /سُحب من الموقع/],
    ] as const) {
      const response = await api(server.baseUrl, '/findings?draft=true', {
        method: 'POST',
        token: editor,
        lang,
        body: { ...finding('AIE-F70', reportId)(lang, rowIds()), _status: 'draft' },
      })
      expect(response.status).toBe(400)
      expect(fieldErrors(response)[0]).toMatchObject({ path: 'code' })
      expect(fieldErrors(response)[0]?.message).toMatch(words)
    }
  })
})
