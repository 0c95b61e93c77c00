/**
 * Debian's Chromium for browser tests: the same launcher the build scripts use for share cards
 * (publish/src/chromium.ts: the flags this machine needs, CHROMIUM_PATH read in publish/src/env.ts).
 */
export { launchChromium } from '@mahjar/publish/chromium'
