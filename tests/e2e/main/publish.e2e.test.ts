/**
 * The main job end to end: `scripts/start.ts` on a fresh database, driven over real HTTP (REST
 * for publishing, the static server for the live site) and in Chromium for the admin's
 * first-user screen. Builds are real (export, Astro, Pagefind, open data, cards).
 */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../helpers/chromium.ts'
import { createFirstUser } from '../../helpers/first-user-screen.ts'
import { publishingCases } from '../../helpers/constants.ts'
import { api, login } from '../../helpers/http.ts'
import { startMainJob, waitFor, type MainJob } from './main-job.ts'

const admin = { email: 'first-admin@mahjar.test', password: 'a long passphrase for tests' }
const buildWaitMs = 180_000

interface Build {
  id: string
  status: string
  startedAt: string
  release?: string | null
  error?: string | null
  logTail?: string | null
}

let started: MainJob | undefined
let token = ''

function mainJob(): MainJob {
  if (!started) throw new Error('The main job is not running (see beforeAll)')
  return started
}

async function sitePage(sitePath: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${mainJob().siteUrl}${sitePath}`)
  return { status: response.status, html: await response.text() }
}

async function idOf(collection: string, code: string): Promise<string> {
  const found = await api(mainJob().cmsUrl, `/${collection}?where[code][equals]=${code}&depth=0`, {
    token,
  })
  const docs = found.json.docs as { id: string }[] | undefined
  const id = docs?.[0]?.id
  if (!id) throw new Error(`${collection} ${code} not found: ${JSON.stringify(found.body)}`)
  return id
}

async function publishEnglish(collection: string, code: string, field: string, text: string) {
  const id = await idOf(collection, code)
  const response = await api(mainJob().cmsUrl, `/${collection}/${id}?locale=en`, {
    method: 'PATCH',
    token,
    body: { [field]: text, _status: 'published' },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return id
}

async function builds(): Promise<Build[]> {
  const response = await api(mainJob().cmsUrl, '/builds?sort=-startedAt&limit=50&depth=0', {
    token,
  })
  return (response.json.docs ?? []) as Build[]
}

/** Waits until no build runs and none is waiting (the debounce included), then lists them. */
async function settledBuilds(): Promise<Build[]> {
  await new Promise((resolve) => setTimeout(resolve, 4_000))
  return waitFor('builds to settle', buildWaitMs, async () => {
    const all = await builds()
    if (all.some((b) => b.status === 'running')) return undefined
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const again = await builds()
    return again.length === all.length && !again.some((b) => b.status === 'running')
      ? again
      : undefined
  })
}

const findingPath = (lang: 'ar' | 'en', code: string) => `/${lang}/findings/${code.toLowerCase()}/`

beforeAll(async () => {
  started = await startMainJob(600_000)
}, 630_000)

afterAll(async () => {
  await started?.stop()
}, 30_000)

describe('pnpm start on a fresh database', () => {
  it('serves the seeded site in Arabic (right to left) and English, with a 404 page for unknown paths', async () => {
    const arabic = await sitePage(findingPath('ar', publishingCases.editedFinding))
    expect(arabic.status).toBe(200)
    expect(arabic.html).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"/)
    const english = await sitePage(findingPath('en', publishingCases.editedFinding))
    expect(english.html).toMatch(/<html[^>]*lang="en"[^>]*dir="ltr"/)
    const missing = await sitePage('/ar/findings/no-such-finding/')
    expect(missing.status).toBe(404)
    expect(missing.html).toContain('dir="rtl"')
  })

  it('creates the first admin through the admin’s own first-user screen, in Arabic', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ locale: 'ar' })
      await createFirstUser(page, mainJob().cmsUrl, admin, async (screen) => {
        expect(await screen.getAttribute('html', 'dir')).toMatch(/rtl/i)
        // The first account always becomes admin: the screen must not offer a role to pick.
        expect(await screen.locator('#field-role').count()).toBe(0)
      })
    } finally {
      await browser.close()
    }
    token = await login(mainJob().cmsUrl, admin.email, admin.password)
    const me = await api(mainJob().cmsUrl, '/users/me', { token })
    expect((me.json.user as { role?: string } | undefined)?.role).toBe('admin')
    // Several browser waits of up to 60 s each on a cold `next start`: the file's 60 s default
    // cut the test short while the admin was still answering.
  }, 240_000)

  it('publishes a new English statement of a finding to the live site within the build wait', async () => {
    const text = `Published from the CMS at ${new Date().toISOString()}`
    const published = Date.now()
    await publishEnglish('findings', publishingCases.editedFinding, 'statement', text)
    await waitFor('the new statement on the English page', buildWaitMs, async () => {
      const page = await sitePage(findingPath('en', publishingCases.editedFinding))
      return page.html.includes(text) ? true : undefined
    })
    process.stdout.write(`publish → served: ${String((Date.now() - published) / 1000)} s\n`)
    const arabic = await sitePage(findingPath('ar', publishingCases.editedFinding))
    expect(arabic.html).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"/)
    const [latest] = await settledBuilds()
    expect(latest?.status).toBe('succeeded')
    expect(latest?.release).toBeTruthy()
  })

  it('never shows a draft on the site, in open data or in search, but shows it in the signed-in preview', async () => {
    const id = await idOf('findings', publishingCases.editedFinding)
    const draftText = `Draft only, never public ${String(Date.now())}`
    const draft = await api(mainJob().cmsUrl, `/findings/${id}?locale=en&draft=true`, {
      method: 'PATCH',
      token,
      body: { statement: draftText },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    // Another publication triggers a build, which must leave the draft out.
    const other = `Another finding published at ${new Date().toISOString()}`
    await publishEnglish('findings', publishingCases.otherFinding, 'statement', other)
    await waitFor('the other finding on the site', buildWaitMs, async () => {
      const page = await sitePage(findingPath('en', publishingCases.otherFinding))
      return page.html.includes(other) ? true : undefined
    })
    for (const sitePath of [
      findingPath('en', publishingCases.editedFinding),
      findingPath('ar', publishingCases.editedFinding),
      '/data/findings.json',
    ]) {
      expect((await sitePage(sitePath)).html, sitePath).not.toContain(draftText)
    }
    const anonymous = await fetch(`${mainJob().cmsUrl}/preview/findings/${id}`, {
      redirect: 'manual',
    })
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toContain('/admin/login')
    // 202 "preparing preview…" while the private build runs, then the page.
    const preview = await waitFor('the preview page', buildWaitMs, async () => {
      const response = await fetch(`${mainJob().cmsUrl}/preview/findings/${id}?lang=en`, {
        headers: { authorization: `JWT ${token}` },
      })
      return response.status === 202 ? undefined : response
    })
    const html = await preview.text()
    // A failed preview's page names the error.
    expect(preview.status, html.slice(0, 2000)).toBe(200)
    expect(html).toContain(draftText)
    expect(html).toMatch(/<html[^>]*lang="en"[^>]*dir="ltr"/)
    expect(preview.headers.get('cache-control')).toContain('no-store')
  })

  it('keeps the previous release live when a build fails, and shows the error in the builds list', async () => {
    const before = await settledBuilds()
    const liveBefore = before.find((b) => b.status === 'succeeded')?.release
    const broken = path.join(mainJob().pagesDir, 'en', 'broken-page.mdx')
    writeFileSync(broken, '---\ntitle: Broken\n---\n\n<div>\n\nThis tag is never closed.\n')
    try {
      const text = `Should not go live ${String(Date.now())}`
      await publishEnglish('findings', publishingCases.failedBuildFinding, 'statement', text)
      const failed = await waitFor('a failed build', buildWaitMs, async () => {
        const all = await builds()
        const newest = all[0]
        return all.length > before.length && newest?.status === 'failed' ? newest : undefined
      })
      expect(failed.error).toBeTruthy()
      expect(failed.logTail).toMatch(/broken-page|astro build failed/i)
      const page = await sitePage(findingPath('en', publishingCases.failedBuildFinding))
      expect(page.status).toBe(200)
      expect(page.html).not.toContain(text)
      const arabic = await sitePage(findingPath('ar', publishingCases.failedBuildFinding))
      expect(arabic.html).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"/)
      expect(liveBefore).toBeTruthy()
    } finally {
      rmSync(broken, { force: true })
    }
  })

  it('turns a burst of ten publishes within two seconds into one or two builds', async () => {
    const before = (await settledBuilds()).length
    const stamp = String(Date.now())
    const started = Date.now()
    const ids = await Promise.all(
      publishingCases.burstRecommendations.map((code) => idOf('recommendations', code)),
    )
    const burstStart = Date.now()
    await Promise.all(
      ids.map((id, index) =>
        api(mainJob().cmsUrl, `/recommendations/${id}?locale=en`, {
          method: 'PATCH',
          token,
          body: { text: `Burst ${stamp} number ${String(index + 1)}`, _status: 'published' },
        }).then((response) => {
          expect(response.status, JSON.stringify(response.body)).toBe(200)
        }),
      ),
    )
    const burstMs = Date.now() - burstStart
    expect(burstMs).toBeLessThan(2_000)
    const last = publishingCases.burstRecommendations.at(-1) ?? ''
    await waitFor('the last of the burst on the site', buildWaitMs, async () => {
      const page = await sitePage(`/en/recommendations/${last.toLowerCase()}/`)
      return page.html.includes(`Burst ${stamp} number 10`) ? true : undefined
    })
    const after = await settledBuilds()
    const count = after.length - before
    process.stdout.write(
      `burst of 10 publishes in ${String(burstMs)} ms → ${String(count)} build(s), served after ${String((Date.now() - started) / 1000)} s\n`,
    )
    expect(count).toBeGreaterThanOrEqual(1)
    expect(count).toBeLessThanOrEqual(2)
  })
})
