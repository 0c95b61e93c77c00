/**
 * Writes the Builds rows: one when a build starts (`running`), completed when it ends. The
 * rebuild job (src/jobs/rebuildSite.ts) and the start-up build (scripts/build-site.ts
 * `--record`) both use these, so every release that goes live is listed in Site builds.
 */
import type { Payload } from 'payload'

export interface BuildEnd {
  readonly ok: boolean
  readonly release?: string | undefined
  readonly error?: string | undefined
  readonly logTail?: string | undefined
}

export async function recordBuildStart(
  payload: Payload,
  startedAt: Date,
  reasons: readonly string[],
): Promise<string | number> {
  const build = await payload.create({
    collection: 'builds',
    data: {
      title: startedAt.toISOString().replace('T', ' ').slice(0, 19),
      status: 'running',
      startedAt: startedAt.toISOString(),
      reason: [...new Set(reasons)].slice(0, 50).join('\n'),
    },
  })
  return build.id
}

export async function recordBuildEnd(
  payload: Payload,
  id: string | number,
  startedAt: Date,
  outcome: BuildEnd,
): Promise<void> {
  const finishedAt = new Date()
  await payload.update({
    collection: 'builds',
    id,
    data: {
      status: outcome.ok ? 'succeeded' : 'failed',
      finishedAt: finishedAt.toISOString(),
      durationSeconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 100) / 10,
      release: outcome.release ?? null,
      error: outcome.error ?? null,
      logTail: outcome.logTail ?? '',
    },
  })
}
