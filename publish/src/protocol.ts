/**
 * How a build reports to whoever started it (the CMS's rebuild job and preview route, `pnpm
 * start`): lines on stdout and in the release's log, each starting `[build]`, the last one
 * `[build] result {json}`. This module alone writes and reads them, so the two sides cannot drift.
 */
import { z } from 'zod'

export const progressPrefix = '[build]'

/**
 * What the CMS logs once publishing is warm after its start (cms/src/jobs/sitePublishing.ts: the
 * export memory primed, the engine warmed up), and `pnpm start` waits for before Ready.
 */
export const publishingWarmSaid = '[publish] warm:'

/**
 * How the engine's warm-up (`build-site.ts --warm-up`, release/warm-engine.ts) begins, with the
 * engine's pid, and ends: its last line, which the CMS logs.
 */
export const warmingUpSaid = '[warm-engine] warming up'
export const warmedUpSaid = '[warm-engine] warm-up:'

/** What a site build ends with (`buildRelease`), as its result line carries it. */
export const publishResultSchema = z.object({
  ok: z.boolean(),
  release: z.string(),
  logFile: z.string(),
  seconds: z.number(),
  activated: z.boolean(),
  error: z.string().optional(),
  /**
   * Built and sound, but another release went live while it was built (one writer, see
   * `activateRelease`): left not live; the caller builds again to carry its changes.
   */
  superseded: z.boolean().optional(),
  steps: z.array(z.object({ name: z.string(), seconds: z.number() })),
  /** With a snapshot handed in: the file listing the URLs this release serves, to register. */
  servedFile: z.string().optional(),
})

export type PublishResult = z.infer<typeof publishResultSchema>

/** How a build that ran to its end ended: made live, built only, or failed. */
export type BuildEnd = 'live' | 'built' | 'failed'
const buildEnds: readonly BuildEnd[] = ['live', 'built', 'failed']

export type ProgressEvent =
  | { readonly kind: 'release'; readonly id: string }
  | { readonly kind: 'step'; readonly index: number; readonly total: number; readonly name: string }
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'end'; readonly how: BuildEnd; readonly text: string }
  /** A site build's result is a `PublishResult`; a preview's says where its pages are. */
  | { readonly kind: 'result'; readonly result: object }

/** An event as read back: a result is whatever object its line carried, to be validated. */
export type ReadProgressEvent =
  | Exclude<ProgressEvent, { kind: 'result' }>
  | { readonly kind: 'result'; readonly result: Record<string, unknown> }

export function progressLine(event: ProgressEvent): string {
  switch (event.kind) {
    case 'release':
      return `${progressPrefix} release ${event.id}`
    case 'step':
      return `${progressPrefix} step ${String(event.index)}/${String(event.total)} ${event.name}`
    case 'done':
      return `${progressPrefix} done ${event.text}`
    case 'end':
      return `${progressPrefix} ${event.how}: ${event.text}`
    case 'result':
      return `${progressPrefix} result ${JSON.stringify(event.result)}`
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The event a line reports, or undefined for any other line (Astro's output, a warning). */
export function readProgressLine(line: string): ReadProgressEvent | undefined {
  if (!line.startsWith(`${progressPrefix} `)) return undefined
  const rest = line.slice(progressPrefix.length + 1)
  const [word = '', ...words] = rest.split(' ')
  const text = words.join(' ')
  if (word === 'release') return { kind: 'release', id: text }
  if (word === 'done') return { kind: 'done', text }
  if (word === 'step') {
    const step = /^(\d+)\/(\d+) (.*)$/.exec(text)
    if (!step) return undefined
    return { kind: 'step', index: Number(step[1]), total: Number(step[2]), name: step[3] ?? '' }
  }
  if (word === 'result') {
    try {
      const result: unknown = JSON.parse(text)
      return isRecord(result) ? { kind: 'result', result } : undefined
    } catch {
      // A result line cut short (a killed build) reports nothing: the exit code says the rest.
      return undefined
    }
  }
  const how = buildEnds.find((end) => word === `${end}:`)
  return how === undefined ? undefined : { kind: 'end', how, text }
}
