/**
 * Search at scale: 10,000 synthetic recommendations (sentences of the real ones recombined, in
 * both languages) indexed the way the site is, then searched in Chromium on loopback.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { harnessPath, loadSearch, searchInPage } from './browser-search.ts'
import { harnessFiles, queriesFor } from './evaluate.ts'
import { readSnapshot, type Snapshot } from '@mahjar/publish/snapshot'
import { searchRecords } from '@mahjar/publish/outputs/search-records'
import { startStaticServer } from '../../../lib/static-server.ts'
import { writeSearchBundles } from '@mahjar/publish/outputs/search-index'
import { percentile } from '../benchmarks-doc.ts'

/** Queries a reader might type, with prefixes and variants; the first one is the cold query. */
export const scaleQueries = [
  'المانحين',
  'والشتات',
  'حقوق الانسان',
  'للمناصرة',
  'منظمات المجتمع المدني',
  'التطرف',
  'اللاجئين',
  'بناء القدرات',
  'الحكومات المضيفه',
  'السلام والاستقرار',
]

/** The corpus with `count` synthetic recommendations added (for the relevance set at scale). */
export function withSynthetic(base: Snapshot, count: number): Snapshot {
  return {
    ...base,
    recommendations: [...base.recommendations, ...syntheticSnapshot(base, count).recommendations],
  }
}

/** Only `count` synthetic recommendations (the reports and terms of `base`, no other item). */
export function syntheticSnapshot(base: Snapshot, count: number): Snapshot {
  const source = base.recommendations
  if (source.length === 0) throw new Error('The snapshot has no recommendations to recombine')
  const recommendations = Array.from({ length: count }, (_, i) => {
    const a = source[i % source.length]
    const b = source[(i * 7 + 3) % source.length]
    if (!a || !b) throw new Error('unreachable: index within bounds')
    const join = (x?: string, y?: string) => [x, y].filter(Boolean).join(' ')
    return {
      ...a,
      code: `SYN-R${i + 1}`,
      number: `S.${i + 1}`,
      order: i,
      text: { ar: join(a.text.ar, b.text.ar), en: join(a.text.en, b.text.en) },
    }
  })
  return { ...base, findings: [], practices: [], stories: [], recommendations }
}

async function directorySize(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return total
}

export interface ScaleResult {
  readonly records: number
  readonly bundles: number
  readonly buildSeconds: number
  readonly indexBytes: number
  readonly firstQueryBytes: number
  readonly coldMilliseconds: number
  readonly warmMedianMilliseconds: number
  readonly warmP95Milliseconds: number
  readonly warmQueries: number
  /** One-minute load average of the machine while measuring (other work skews timings). */
  readonly loadAverage: number
}

/** `perBundle`: records per bundle of the index (publish's SEARCH_BUNDLE_RECORDS); none: one. */
export async function scaleBenchmark(
  browser: Browser,
  snapshotDir: string,
  count: number,
  perBundle: number | undefined,
): Promise<ScaleResult> {
  const records = searchRecords(syntheticSnapshot(await readSnapshot(snapshotDir), count))
  const scratch = await mkdtemp(path.join(tmpdir(), 'mahjar-search-scale-'))
  try {
    const indexDir = path.join(scratch, 'pagefind')
    const started = performance.now()
    const bundles = await writeSearchBundles(records, indexDir, 'normalised', perBundle)
    const buildSeconds = (performance.now() - started) / 1000
    const indexBytes = await directorySize(indexDir)
    const server = await startStaticServer({ root: scratch, virtualPages: await harnessFiles() })
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto(`${server.origin}${harnessPath('ar')}`)
      server.resetTransferred()
      const [first, ...rest] = scaleQueries.map((q) => queriesFor('normalised', q))
      if (!first) throw new Error('no benchmark query')
      const coldStarted = performance.now()
      await loadSearch(page)
      await searchInPage(page, first)
      const coldMilliseconds = performance.now() - coldStarted
      const firstQueryBytes = server.transferredBytes()
      const warm: number[] = []
      for (let round = 0; round < 5; round += 1) {
        for (const queries of rest) warm.push((await searchInPage(page, queries)).milliseconds)
      }
      return {
        records: records.length,
        bundles,
        buildSeconds,
        indexBytes,
        firstQueryBytes,
        coldMilliseconds,
        warmMedianMilliseconds: percentile(warm, 50),
        warmP95Milliseconds: percentile(warm, 95),
        loadAverage: loadavg()[0] ?? 0,
        warmQueries: warm.length,
      }
    } finally {
      await context.close()
      await server.close()
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

/** One column per index layout, measured one after the other in one run. */
export function scaleTable(results: readonly ScaleResult[]): string {
  const row = (measure: string, value: (r: ScaleResult) => string) =>
    `| ${measure} | ${results.map(value).join(' | ')} |`
  return [
    row('measure', (r) => `${r.bundles} bundle${r.bundles === 1 ? '' : 's'}`),
    `| --- |${results.map(() => ' ---: |').join('')}`,
    row('records indexed (ar + en)', (r) => String(r.records)),
    row('index build (normalise + Pagefind)', (r) => `${r.buildSeconds.toFixed(1)} s`),
    row('index size on disk (every bundle)', (r) => kb(r.indexBytes)),
    row('bytes transferred, first query (ar)', (r) => kb(r.firstQueryBytes)),
    row(
      'cold first query (load + search + 10 results)',
      (r) => `${r.coldMilliseconds.toFixed(0)} ms`,
    ),
    row(
      'warm query median / p95',
      (r) =>
        `${r.warmMedianMilliseconds.toFixed(0)} / ${r.warmP95Milliseconds.toFixed(0)} ms (${r.warmQueries})`,
    ),
    row('machine load average (1 min) while measuring', (r) => r.loadAverage.toFixed(1)),
  ].join('\n')
}
