/**
 * Debian's Chromium through playwright-core, with the flags this machine needs (as root, no
 * sandbox; no background traffic to hosts that cannot be reached). Playwright gives every launch
 * its own fresh profile directory (it refuses a `--user-data-dir` flag).
 */
import { chromium, type Browser } from 'playwright-core'

export async function launchChromium(executablePath = '/usr/bin/chromium'): Promise<Browser> {
  return chromium.launch({
    executablePath,
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
