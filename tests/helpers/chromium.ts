/**
 * Launches Debian's Chromium through playwright-core with the flags this machine needs
 * (no sandbox as root, no background networking towards hosts that cannot be reached).
 * playwright-core gives every launch a fresh temporary profile itself (it refuses a
 * `--user-data-dir` argument).
 */
import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
