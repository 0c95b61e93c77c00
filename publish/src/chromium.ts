/**
 * Launches Debian's Chromium (its headless shell: see CHROMIUM_PATH in env.ts) through
 * playwright-core with the flags this machine needs (no sandbox as root, no background networking
 * towards hosts that cannot be reached). playwright-core gives every launch a fresh temporary
 * profile itself.
 */
import type { Browser } from 'playwright-core'
import { env } from './env.ts'

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

/** The Chromium kept by `keepChromium`, once launched. */
let kept: Promise<Browser> | undefined
let keeping = false

/**
 * In a process kept between builds (the warm engine): one Chromium for every `withChromium`,
 * launched when first wanted and again if it went away, ended with the process. Launching it and
 * drawing on a new one took 0.4 s of a finding's publish.
 */
export function keepChromium(): void {
  keeping = true
}

/** Runs `work` with a Chromium: the kept one (`keepChromium`), else one launched for it. */
export async function withChromium<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  if (!keeping) {
    const browser = await launchChromium()
    try {
      return await work(browser)
    } finally {
      await browser.close()
    }
  }
  let browser = kept && (await kept.catch(() => undefined))
  if (!browser?.isConnected()) {
    kept = launchChromium()
    browser = await kept
  }
  return work(browser)
}

/** `extraArgs`: e.g. a fake microphone for a test of in-page recording. */
export async function launchChromium(
  executablePath = env.CHROMIUM_PATH,
  extraArgs: readonly string[] = [],
): Promise<Browser> {
  // Loaded when a browser is wanted: loading it took 0.5 s of every publish's start, where the
  // share cards are nearly always taken from the live release.
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath, headless: true, args: [...chromiumArgs, ...extraArgs] })
}
