/**
 * The main job survives a CMS crash: `scripts/start.ts` on a fresh database; a change published
 * in Arabic and English, then `kill -9` of the CMS process in the middle of its build. The site
 * (its own process) answers throughout, the supervisor starts the CMS again, the CMS's start-up
 * recovery builds the pending change without another publish, and nothing is left stuck (job
 * rows, Builds rows, half-built release folders). The same run checks what `pnpm start` does
 * with files and addresses: the CMS listens on 127.0.0.1 only, the database and the uploads are
 * readable by their owner only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resilienceCases } from '../../helpers/constants.ts'
import { api, login } from '../../helpers/http.ts'
import { startMainJob, waitFor, type MainJob } from './main-job.ts'

const admin = { email: 'resilience-admin@mahjar.test', password: 'a long passphrase for tests' }
const buildWaitMs = 240_000
/** A 1×1 PNG: the smallest upload the media collection takes. */
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==',
  'base64',
)

let started: MainJob | undefined
let token = ''

function mainJob(): MainJob {
  if (!started) throw new Error('The main job is not running (see beforeAll)')
  return started
}

const findingPath = (lang: 'ar' | 'en') =>
  `/${lang}/findings/${resilienceCases.crashedFinding.toLowerCase()}/`

async function siteHtml(sitePath: string): Promise<string> {
  return (await fetch(`${mainJob().siteUrl}${sitePath}`)).text()
}

/** Every pid the main job announced for the CMS server, in order. */
function cmsPids(): number[] {
  return [
    ...mainJob()
      .output()
      .matchAll(/The CMS server (?:started|is back) \(pid (\d+)\)/g),
  ].map((match) => Number(match[1]))
}

/** Listening TCP sockets on `port` from /proc/net/tcp{,6}: their local addresses, as hex. */
function listeningAddresses(port: number): string[] {
  const portHex = port.toString(16).toUpperCase().padStart(4, '0')
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter(([, local, , state]) => state === '0A' && local?.endsWith(`:${portHex}`))
      .map(([, local]) => (local ?? '').split(':')[0] ?? ''),
  )
}

const releaseFolders = () =>
  readdirSync(mainJob().releasesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)

const buildLog = (id: string) => {
  try {
    return readFileSync(path.join(mainJob().releasesDir, id, 'build.log'), 'utf8')
  } catch {
    return ''
  }
}

beforeAll(async () => {
  started = await startMainJob(600_000, {
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  })
  token = await login(mainJob().cmsUrl, admin.email, admin.password)
}, 630_000)

afterAll(async () => {
  await started?.stop()
}, 30_000)

describe('pnpm start when things go wrong', () => {
  it('listens for the CMS on 127.0.0.1 only, and keeps the database, its WAL and the uploads readable by their owner only', async () => {
    const cmsPort = Number(new URL(mainJob().cmsUrl).port)
    const addresses = listeningAddresses(cmsPort)
    expect(addresses.length).toBeGreaterThan(0)
    // 127.0.0.1 as /proc/net/tcp writes it (little-endian hex); no 0.0.0.0, no ::.
    expect(new Set(addresses)).toEqual(new Set(['0100007F']))

    const form = new FormData()
    form.append('file', new Blob([pixel], { type: 'image/png' }), 'pixel.png')
    form.append('_payload', JSON.stringify({ alt: 'نقطة واحدة' }))
    const upload = await api(mainJob().cmsUrl, '/media?locale=ar', {
      method: 'POST',
      token,
      form,
    })
    expect(upload.status, JSON.stringify(upload.body)).toBe(201)

    const database = path.join(mainJob().dir, 'cms.db')
    const media = path.join(mainJob().dir, 'media')
    const files = [
      database,
      `${database}-wal`,
      `${database}-shm`,
      media,
      ...readdirSync(media).map((name) => path.join(media, name)),
    ]
    expect(files.length).toBeGreaterThan(4)
    for (const file of files) {
      const mode = statSync(file).mode & 0o777
      expect(mode & 0o077, `${file} has mode ${mode.toString(8)}`).toBe(0)
    }
  })

  it('keeps the site answering while the CMS is killed during a build, restarts the CMS, and then builds the pending change without another publish', async () => {
    const [firstPid] = cmsPids()
    expect(firstPid).toBeGreaterThan(0)
    const foldersBefore = new Set(releaseFolders())

    // The site, polled all along: every answer must be a 200.
    const answers: { status: number; at: number }[] = []
    const polling = { on: true }
    const poller = (async () => {
      while (polling.on) {
        for (const lang of ['ar', 'en'] as const) {
          const status = await fetch(`${mainJob().siteUrl}${findingPath(lang)}`)
            .then(async (response) => {
              await response.arrayBuffer()
              return response.status
            })
            .catch(() => 0)
          answers.push({ status, at: Date.now() })
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    })()

    const stamp = String(Date.now())
    const texts = {
      ar: `نشر قبل انهيار النظام ${stamp}`,
      en: `Published just before the crash ${stamp}`,
    }
    const found = await api(
      mainJob().cmsUrl,
      `/findings?where[code][equals]=${resilienceCases.crashedFinding}&depth=0`,
      { token },
    )
    const id = (found.json.docs as { id: string }[] | undefined)?.[0]?.id
    expect(id, JSON.stringify(found.body)).toBeTruthy()
    for (const lang of ['ar', 'en'] as const) {
      const response = await api(mainJob().cmsUrl, `/findings/${String(id)}?locale=${lang}`, {
        method: 'PATCH',
        token,
        body: { statement: texts[lang], _status: 'published' },
      })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }

    // Kill the CMS once its build is building pages (Astro): mid-build, release half-written.
    const building = await waitFor('the build to reach Astro', buildWaitMs, () =>
      Promise.resolve(
        releaseFolders().find((id) => !foldersBefore.has(id) && /step 2\/\d/.test(buildLog(id))),
      ),
    )
    process.kill(firstPid ?? 0, 'SIGKILL')
    const killedAt = Date.now()

    await waitFor('the supervisor to bring the CMS back', 120_000, () =>
      Promise.resolve(cmsPids().length >= 2 ? true : undefined),
    )
    for (const lang of ['ar', 'en'] as const) {
      await waitFor(`the ${lang} statement on the site`, buildWaitMs, async () =>
        (await siteHtml(findingPath(lang))).includes(texts[lang]) ? true : undefined,
      )
    }
    polling.on = false
    await poller
    process.stdout.write(
      `kill -9 → change live after ${String((Date.now() - killedAt) / 1000)} s; ${String(answers.length)} site requests, all checked\n`,
    )
    expect(answers.filter((answer) => answer.at > killedAt).length).toBeGreaterThan(20)
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([])
    expect(mainJob().output()).toMatch(/The CMS server stopped \(signal SIGKILL\)/)
    const arabic = await siteHtml(findingPath('ar'))
    expect(arabic).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"/)

    // The recovery build's row and job close just after its swap: wait for them, then check.
    const rows = await waitFor('the build rows to settle', 60_000, async () => {
      const builds = await api(mainJob().cmsUrl, '/builds?sort=-startedAt&limit=20&depth=0', {
        token,
      })
      const docs = (builds.json.docs ?? []) as { status: string; error?: string | null }[]
      return docs.some((row) => row.status === 'running') ? undefined : docs
    })
    expect(rows[0]?.status).toBe('succeeded')
    expect(
      rows.some((row) => row.status === 'failed' && /^Interrupted/.test(row.error ?? '')),
    ).toBe(true)
    const jobs = await waitFor('the job rows to settle', 60_000, () => {
      const db = new DatabaseSync(path.join(mainJob().dir, 'cms.db'), { readOnly: true })
      try {
        const all = db
          .prepare(
            `SELECT processing, has_error AS hasError, error FROM payload_jobs WHERE task_slug = 'rebuildSite'`,
          )
          .all() as { processing: number; hasError: number; error: string | null }[]
        return Promise.resolve(all.some((job) => job.processing === 1) ? undefined : all)
      } finally {
        db.close()
      }
    })
    expect(jobs.some((job) => job.hasError === 1 && /Interrupted/.test(job.error ?? ''))).toBe(true)
    // Nothing stuck: the half-built release is gone, and every release folder finishes its build
    // (the full search index, rebuilt in the background after the recovery build went live with
    // a delta, may still be building when the rows settle).
    expect(releaseFolders()).not.toContain(building)
    const unfinished = () =>
      releaseFolders().filter(
        (folder) => !/^\[build\] (live|built|failed): /m.test(buildLog(folder)),
      )
    await waitFor('every release folder to finish its build', 60_000, () =>
      Promise.resolve(unfinished().length === 0 ? true : undefined),
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; unfinished: ${unfinished().join(', ')}`)
    })
  }, 600_000)
})
