/**
 * Debian's Chromium for browser tests: the same launcher the build scripts use for share cards
 * (scripts/lib/chromium.ts: the flags this machine needs, CHROMIUM_PATH read in scripts' env.ts).
 */
export { launchChromium } from '@mahjar/scripts/lib/chromium'
