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
