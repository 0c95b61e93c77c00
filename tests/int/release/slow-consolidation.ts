/**
 * A background search rebuild that never ends on its own, for consolidate-search.int.test.ts:
 * `consolidateSearch` over the releases folder given (at the niceness given, 19 by default, after
 * the quiet time given, none by default), with one stand-in step that starts the release's site
 * and then waits.
 */
import { mkdir } from 'node:fs/promises'
import { consolidateSearch } from '@mahjar/publish/release/consolidate-search'

const [releasesDir = '', niceness = '19', quietMs = '0'] = process.argv.slice(2)
await consolidateSearch(releasesDir, {
  niceness: Number(niceness),
  quietMs: Number(quietMs),
  steps: [
    {
      name: 'wait',
      run: async ({ release }) => {
        await mkdir(release.siteDir, { recursive: true })
        process.stdout.write(`started ${release.id}\n`)
        // Held open by a timer: a promise alone would let the process end.
        return new Promise<string>(() => setInterval(() => {}, 1000))
      },
    },
  ],
})
