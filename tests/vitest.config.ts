/**
 * One Vitest run, three projects, split by file suffix (house style):
 * - unit:  `*.test.ts`      pure functions, no I/O beyond reading fixtures
 * - int:   `*.int.test.ts`  Payload Local API / HTTP against a throwaway database file
 * - e2e:   `*.e2e.test.ts`  the built site or the running CMS in real Chromium
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    globalSetup: ['./helpers/hermetic-env.ts', './helpers/run-temp-dir.ts'],
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.artifacts/vitest-results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['unit/**/*.test.ts'],
          // Projects with different worker counts run one after another, in this order.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['int/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time (each its own database file, server port and temporary folder):
          // 254 s for the 45 files against 359 s one at a time (5 December), all 1,152 passed.
          // Most wait on I/O and timers more than on the two cores.
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          // Built once before the first e2e file, so no file pays for it inside its hooks.
          globalSetup: ['./helpers/cms-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One file at a time. Two at a time (each its own CMS and Chromium) finished no sooner
          // on the 2-core machine (CPU-bound: a file took 1.7–2.7 × as long) and broke timing
          // checks: ten publishes took over 2 s, a journey's build wait ran out (rehearsal, 1 Dec).
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
