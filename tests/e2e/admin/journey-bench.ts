/**
 * The bench an admin-journey file runs on: one main job (`scripts/start.ts`: CMS, real builds,
 * static site) in a throwaway state, its first admin registered over REST, and one Chromium;
 * started before the file's journeys and stopped after them. Each journey opens its own admin (a
 * browser context) with `asEditor`, so journeys can run side by side, and checks the live site
 * with `see`, `live` and `settled` (checks, not steps: the steps are clicks and keystrokes).
 */
import { stripVTControlCharacters } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { openAdmin, type AdminLang, type Editor } from '../../helpers/admin-journey.ts'
import { launchChromium } from '../../helpers/chromium.ts'
import { api } from '../../helpers/http.ts'
import { startMainJob, waitFor, type MainJob } from '../main/main-job.ts'

// A build after a publish took up to ~4 min on the loaded 2-core machine.
const buildWaitMs = 480_000

/** The main job's logged errors, each with the lines that follow it (its stack), at most ~4 KB. */
function serverErrors(output: string): string {
  const lines = stripVTControlCharacters(output).split('\n')
  const found = lines.flatMap((line, i) => (/\bERROR\b/.test(line) ? lines.slice(i, i + 8) : []))
  return found.length === 0 ? '' : `\n\nThe main job logged:\n${found.join('\n').slice(-4000)}`
}

interface Bench {
  readonly job: MainJob
  readonly browser: Browser
  readonly token: string
}

/** Starts the main job, registers its first admin (`account`) over REST and opens Chromium. */
async function startBench(account: { email: string; password: string }): Promise<Bench> {
  const job = await startMainJob(900_000)
  const registered = await api(job.cmsUrl, '/users/first-register', {
    method: 'POST',
    body: account,
  })
  if (registered.status !== 200) {
    await job.stop()
    throw new Error(
      `first-register answered ${String(registered.status)}: ${JSON.stringify(registered.json)}`,
    )
  }
  return { job, browser: await launchChromium(), token: String(registered.json.token) }
}

/** Registers the bench's start and stop as the calling file's hooks; returns its handles. */
export function useJourneyBench(account: { email: string; password: string }) {
  let bench: Bench | undefined
  beforeAll(async () => {
    bench = await startBench(account)
  }, 930_000)
  afterAll(async () => {
    await bench?.browser.close()
    await bench?.job.stop()
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
        if (error instanceof Error) error.message += serverErrors(job.output())
        throw error
      } finally {
        await editor.close()
      }
    },

    /** The live page's HTML now. */
    live,

    /** The live page's HTML once it contains `text` (the build after a publish has run). */
    see: (sitePath: string, text: string) =>
      waitFor(`"${text}" on ${sitePath}`, buildWaitMs, async () => {
        const html = await live(sitePath)
        return html.includes(text) ? html : undefined
      }),

    /** Waits until no site build is queued or running, so "the site is unchanged" is a finding. */
    settled: async () => {
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      await waitFor('site builds to settle', buildWaitMs, async () => {
        const found = await api(running().job.cmsUrl, '/builds?sort=-startedAt&limit=5&depth=0', {
          token: running().token,
        })
        const docs = (found.json.docs as { status: string }[] | undefined) ?? []
        return docs.some((b) => b.status === 'running' || b.status === 'queued') ? undefined : true
      })
    },
  }
}
