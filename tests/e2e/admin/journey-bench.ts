/**
 * The bench an admin-journey file runs on: the run's shared main job (`scripts/start.ts`: CMS,
 * real builds, static site) in a throwaway state, the file's own admin account made over REST,
 * and one Chromium. Each journey opens its own admin (a browser context) with `asEditor`, so
 * journeys can run side by side, and checks the live site with `see`, `live` and `settled`
 * (checks, not steps: the steps are clicks and keystrokes).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { stripVTControlCharacters } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { leftOffHeading } from '@mahjar/cms/snapshot/export'
import { openAdmin, type AdminLang, type Editor } from '../../helpers/admin-journey.ts'
import { launchChromium } from '../../helpers/chromium.ts'
import { sharedJobFile } from '../../helpers/shared-main-job.ts'
import { api, login } from '../../helpers/http.ts'
import { startMainJob, stopProcessGroup, waitFor } from '../main/main-job.ts'

// A build after a publish took up to ~4 min on the loaded 2-core machine.
const buildWaitMs = 480_000

/** What the shared job logged since this file began. */
const logSince = (job: SharedJob) => readFileSync(job.logFile, 'utf8').slice(job.logFrom)

/** The main job's logged errors, each with the lines that follow it (its stack), at most ~4 KB. */
function serverErrors(output: string): string {
  const lines = stripVTControlCharacters(output).split('\n')
  const found = lines.flatMap((line, i) => (/\bERROR\b/.test(line) ? lines.slice(i, i + 8) : []))
  return found.length === 0 ? '' : `\n\nThe main job logged:\n${found.join('\n').slice(-4000)}`
}

/** The last five site builds, newest first. */
async function recentBuilds({ job, token }: Bench): Promise<Record<string, unknown>[]> {
  const found = await api(job.cmsUrl, '/builds?sort=-startedAt&limit=5&depth=0', { token })
  return (found.json.docs as Record<string, unknown>[] | undefined) ?? []
}

/** The last five site builds as lines for an error message. */
async function lastBuilds(bench: Bench): Promise<string> {
  const docs = await recentBuilds(bench)
  const lines = docs.map((b) => {
    const line = [b.startedAt, b.status, b.reason, b.error].map(String).join(' | ')
    const log = typeof b.logTail === 'string' ? b.logTail : ''
    // The documents the build left off the site, as its log lists them first.
    return log.startsWith(leftOffHeading) ? `${line}\n${log.split('\n\n')[0] ?? ''}` : line
  })
  return `\n\nThe last site builds (started | status | reason | error):\n${lines.join('\n')}`
}

interface Bench {
  readonly job: SharedJob
  readonly browser: Browser
  readonly token: string
}

/** The main job the journey files share, as the first of them recorded it. */
interface SharedJob {
  readonly cmsUrl: string
  readonly siteUrl: string
  readonly pid: number
  /** Its first admin's token: it makes each file's own account. */
  readonly adminToken: string
  /** How much of its log was there before this file began (its errors are what follows). */
  readonly logFrom: number
  readonly logFile: string
}

const firstAdmin = { email: 'journeys-admin@mahjar.test', password: 'journeys admin passphrase 26' }

async function answers(cmsUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${cmsUrl}/api/users/me`)).ok
  } catch {
    return false
  }
}

/**
 * The main job of this run's journey files: the one a file before this one started, while it
 * answers, or a new one. One job for all of them saves a start (seed, first build, CMS) per file,
 * about a minute each in CI; every journey makes its own documents, and the files that change
 * seeded ones change different ones. It ends with the run (helpers/run-temp-dir.ts).
 */
async function sharedJob(): Promise<SharedJob> {
  const file = sharedJobFile()
  if (existsSync(file)) {
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as SharedJob
    if (await answers(recorded.cmsUrl)) {
      return { ...recorded, logFrom: statSync(recorded.logFile).size }
    }
    await stopProcessGroup(recorded.pid)
  }
  const job = await startMainJob(900_000, {}, { outliveCaller: true })
  if (job.logFile === undefined) throw new Error('A job that outlives its caller logs to a file')
  const registered = await api(job.cmsUrl, '/users/first-register', {
    method: 'POST',
    body: firstAdmin,
  })
  if (registered.status !== 200) {
    await job.stop()
    throw new Error(
      `first-register answered ${String(registered.status)}: ${JSON.stringify(registered.json)}`,
    )
  }
  const shared: SharedJob = {
    cmsUrl: job.cmsUrl,
    siteUrl: job.siteUrl,
    pid: job.pid,
    adminToken: String(registered.json.token),
    logFrom: 0,
    logFile: job.logFile,
  }
  writeFileSync(file, JSON.stringify(shared))
  return shared
}

/** The shared main job, this file's admin (`account`, made over REST) and Chromium. */
async function startBench(account: { email: string; password: string }): Promise<Bench> {
  const job = await sharedJob()
  const created = await api(job.cmsUrl, '/users', {
    method: 'POST',
    token: job.adminToken,
    body: { ...account, role: 'admin', name: account.email.split('@')[0] },
  })
  if (created.status !== 201) {
    throw new Error(
      `making ${account.email} answered ${String(created.status)}: ${JSON.stringify(created.json)}`,
    )
  }
  const token = await login(job.cmsUrl, account.email, account.password)
  return { job, browser: await launchChromium(), token }
}

/** Registers the bench's start and stop as the calling file's hooks; returns its handles. */
export function useJourneyBench(account: { email: string; password: string }) {
  let bench: Bench | undefined
  beforeAll(async () => {
    bench = await startBench(account)
  }, 930_000)
  afterAll(async () => {
    await bench?.browser.close()
  }, 60_000)

  const running = (): Bench => {
    if (!bench) throw new Error('The journey bench did not start (see beforeAll)')
    return bench
  }
  const siteUrl = () => running().job.siteUrl
  const live = async (sitePath: string) => (await fetch(`${siteUrl()}${sitePath}`)).text()

  return {
    cmsUrl: () => running().job.cmsUrl,
    /** Where the main job serves the built site. */
    siteUrl,
    /** The first admin's token, for REST checks. */
    token: () => running().token,
    /** The bench's Chromium, for a reader's or a participant's own browser context. */
    browser: () => running().browser,
    /** What the main job (CMS, builds, site server) logged since this file began. */
    log: () => logSince(running().job),

    /**
     * Opens the admin in `lang` for one journey and closes it after, whatever happened; signed in
     * as the first admin, or as the account whose token is given.
     */
    asEditor: async (
      lang: AdminLang,
      journey: (editor: Editor) => Promise<void>,
      account?: string,
    ) => {
      const { browser, job, token } = running()
      const editor = await openAdmin(browser, job.cmsUrl, account ?? token, lang)
      try {
        await journey(editor)
      } catch (error) {
        // CI shows only the failure: carry the server's side of it (a 500's stack) along.
        if (error instanceof Error) error.message += serverErrors(logSince(job))
        throw error
      } finally {
        await editor.close()
      }
    },

    /** The live page's HTML now. */
    live,

    /**
     * The live page's HTML once it contains `text` (the build after a publish has run). If it
     * never does, the error lists the last site builds (what each carried, how it ended).
     */
    see: async (sitePath: string, text: string) => {
      try {
        return await waitFor(`"${text}" on ${sitePath}`, buildWaitMs, async () => {
          const html = await live(sitePath)
          return html.includes(text) ? html : undefined
        })
      } catch (error) {
        if (error instanceof Error) error.message += await lastBuilds(running())
        throw error
      }
    },

    /** Waits until no site build is queued or running, so "the site is unchanged" is a finding. */
    settled: async () => {
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      await waitFor('site builds to settle', buildWaitMs, async () => {
        const docs = await recentBuilds(running())
        return docs.some((b) => b.status === 'running' || b.status === 'queued') ? undefined : true
      })
    },
  }
}
