/** The timing line `pnpm seed` prints on stderr, and its parser (used by bench-seed). */
export interface SeedTiming {
  /** Validation of content/ (and synthetic generation). */
  readonly validateMs: number
  /** Starting the CMS: imports, migrations, country list. */
  readonly bootMs: number
  /** Comparing and writing. */
  readonly seedMs: number
  /** CPU time (user + system) of the seeding phase: comparable on a busy machine. */
  readonly seedCpuMs: number
  readonly totalMs: number
}

const prefix = 'seed timing:'

export function formatTiming(timing: SeedTiming): string {
  return `${prefix} ${JSON.stringify(timing)}`
}

export function parseTiming(output: string): SeedTiming | undefined {
  const line = output.split('\n').find((l) => l.startsWith(prefix))
  return line === undefined ? undefined : (JSON.parse(line.slice(prefix.length)) as SeedTiming)
}
