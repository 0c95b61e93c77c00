/**
 * The lines a build reports on (`@mahjar/publish/protocol`): what the engine writes, the CMS's
 * rebuild job and `pnpm start` read back, event for event; any other line (Astro's output, a
 * warning, a result cut short by a kill) reads as nothing.
 */
import { describe, expect, it } from 'vitest'
import {
  progressLine,
  publishResultSchema,
  readProgressLine,
  type ProgressEvent,
} from '@mahjar/publish/protocol'

const result = {
  ok: false,
  release: '20261204T040312Z-3a3dae',
  logFile: '/releases/20261204T040312Z-3a3dae/build.log',
  seconds: 8.9,
  activated: false,
  superseded: true,
  error: 'release … was built while … was live',
  steps: [{ name: 'copy the published snapshot', seconds: 0.1 }],
  servedFile: '/releases/20261204T040312Z-3a3dae/served.json',
}

describe('the build protocol', () => {
  const events: ProgressEvent[] = [
    { kind: 'release', id: '20261204T040312Z-3a3dae' },
    { kind: 'step', index: 2, total: 3, name: 'build the pages (Astro), search index' },
    { kind: 'done', text: 'check permalinks: 912 URLs, 4 redirects (0.8 s)' },
    { kind: 'end', how: 'live', text: '20261204T040312Z-3a3dae' },
    { kind: 'end', how: 'failed', text: 'astro build failed (exit code 1)' },
    { kind: 'result', result },
  ]

  it.each(events)('reads back what it wrote: $kind', (event) => {
    expect(readProgressLine(progressLine(event))).toEqual(event)
  })

  it('reads a result line into a PublishResult the job can trust', () => {
    const read = readProgressLine(progressLine({ kind: 'result', result }))
    if (read?.kind !== 'result') throw new Error('not a result')
    expect(publishResultSchema.parse(read.result)).toEqual(result)
  })

  it.each([
    ['an Astro line', '04:03:12 [build] 912 page(s) built in 6.1s'],
    ['a line with the prefix but no event', '[build] something else'],
    ['a step without its counts', '[build] step build the pages'],
    ['a result cut short by a kill', '[build] result {"ok":true,"rele'],
    ['a result that is not an object', '[build] result [1,2]'],
  ])('reads %s as no event', (_name, line) => {
    expect(readProgressLine(line)).toBeUndefined()
  })

  it('refuses a partial result: the job registers nothing from it', () => {
    expect(publishResultSchema.safeParse({ ok: true, release: 'x' }).success).toBe(false)
  })
})
