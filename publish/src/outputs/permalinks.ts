/**
 * Permalinks are promises: every public URL ever published is listed in a committed manifest
 * (`content/permalinks.json`), and a build whose URLs + redirects no longer cover the manifest
 * fails, naming the URLs that would disappear.
 *
 * Redirects come from two places: the CMS's `redirects` collection, written when a published
 * slug changes and exported into the snapshot (`redirects.json`), and `content/redirects.yaml`
 * for renames made in the repository. Each YAML entry is either a pair of paths,
 * `{ from: /en/reports/old/, to: /en/reports/new/ }`, or a renamed key of a collection, expanded
 * to both languages (and to the short link of findings and recommendations):
 * `{ collection: findings, from: AIE-F99, to: AIE-F04 }`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { localeCodes } from '@mahjar/shared/locales'
import { isMissingFile } from '@mahjar/shared/errors'
import { readSnapshotFile } from '@mahjar/shared/snapshot-file'
import {
  collectionRegistry,
  naturalKey,
  pageCollections,
  type PageCollection,
} from '@mahjar/shared/collections'
import { dataCollections, urls, type DataCollection } from '@mahjar/shared/urls'
import {
  redirectSchema,
  redirectsFileSchema,
  type PublishedDocument,
  type Permalink,
  permalinksFileSchema,
  type Redirect,
  type Withdrawal,
  withdrawalsFileSchema,
} from '@mahjar/shared/schemas/snapshot'
import { formatIssue, type ContentIssue } from '@mahjar/shared/file-issues'
import { YamlSource } from '@mahjar/shared/yaml-source'
import { documentPath } from './open-data.ts'
import type { Snapshot } from '../snapshot.ts'

/** Every public URL of the published documents, in both languages, plus short links. */
export function publicUrls(snapshot: Snapshot): Set<string> {
  const found = new Set<string>()
  for (const collection of dataCollections) {
    for (const doc of snapshot[collection] as PublishedDocument<DataCollection>[]) {
      for (const lang of localeCodes) found.add(documentPath(collection, doc, lang))
      const shortLink = urls.itemShortLink(collection, naturalKey(collection, doc))
      if (shortLink !== undefined) found.add(shortLink)
    }
  }
  return found
}

// ───────────── Redirects ─────────────

/** The page collections keyed by one field (a code or a slug): an old key leads to the new one. */
const renamedCollections = pageCollections.filter(
  (collection) => collectionRegistry[collection].key.length === 1,
)

const redirectEntry = z.union([
  redirectSchema,
  z.strictObject({ collection: z.enum(renamedCollections), from: z.string(), to: z.string() }),
])
const redirectsFile = z.array(redirectEntry)

function keyPaths(collection: PageCollection, key: string): string[] {
  const shortLink = urls.itemShortLink(collection, key)
  return [
    ...localeCodes.map((lang) => urls.item(collection, key, lang)),
    ...(shortLink === undefined ? [] : [shortLink]),
  ]
}

export class PermalinkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PermalinkError'
  }
}

/** Reads and expands the redirects file; a missing file means no redirects. */
export async function readRedirects(file: string): Promise<Redirect[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return []
    throw new PermalinkError(`Cannot read the redirects file ${file}: ${String(error)}`)
  }
  const relative = path.relative(path.resolve(file, '../..'), file)
  const source = YamlSource.parse(relative, text)
  if (Array.isArray(source)) {
    throw new PermalinkError(source.map((i) => formatIssue(i)).join('\n'))
  }
  const raw = source.value() ?? []
  const parsed = redirectsFile.safeParse(raw)
  const issues: ContentIssue[] = []
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push(
        source.issue(
          issue.path.filter((s): s is string | number => typeof s !== 'symbol'),
          issue.message,
        ),
      )
    }
    throw new PermalinkError(
      `Invalid redirects:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    )
  }
  const redirects: Redirect[] = []
  parsed.data.forEach((entry, index) => {
    if ('collection' in entry) {
      try {
        const from = keyPaths(entry.collection, entry.from)
        const to = keyPaths(entry.collection, entry.to)
        from.forEach((f, i) => redirects.push({ from: f, to: to[i] ?? '' }))
      } catch (error) {
        issues.push(source.issue([index], error instanceof Error ? error.message : String(error)))
      }
    } else redirects.push(entry)
  })
  if (issues.length > 0) {
    throw new PermalinkError(
      `Invalid redirects:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    )
  }
  return redirects
}

/**
 * A list the export writes beside the collections (`redirects.json`, `withdrawals.json`,
 * `permalinks.json`). Unlike the YAML file it must be there: every export writes it, so a missing
 * or unreadable file means a broken snapshot, and reading it as empty would silently drop every
 * renamed, withdrawn or registered URL from the guard: the build refuses to go live instead.
 */
function readSnapshotList<T>(
  snapshotDir: string,
  name: 'redirects' | 'withdrawals' | 'permalinks',
  schema: z.ZodType<{ docs: T[] }>,
): Promise<T[]> {
  return readSnapshotFile(snapshotDir, `${name}.json`, schema, { what: name }).then(
    (file) => file.docs,
  )
}

/** The CMS's redirects, as the export wrote them into the snapshot. */
export function readSnapshotRedirects(snapshotDir: string): Promise<Redirect[]> {
  return readSnapshotList(snapshotDir, 'redirects', redirectsFileSchema)
}

/** The CMS's permalink registry: every URL a live release has served. */
export function readSnapshotPermalinks(snapshotDir: string): Promise<Permalink[]> {
  return readSnapshotList(snapshotDir, 'permalinks', permalinksFileSchema)
}

/** Items withdrawn in the CMS, whose URLs show a notice. */
export function readSnapshotWithdrawals(snapshotDir: string): Promise<Withdrawal[]> {
  return readSnapshotList(snapshotDir, 'withdrawals', withdrawalsFileSchema)
}

/** The URLs a withdrawn item keeps: its pages in both languages, and its short link. */
export function withdrawnUrls(withdrawals: readonly Withdrawal[]): Set<string> {
  const found = new Set<string>()
  for (const { collection, key } of withdrawals) {
    for (const lang of localeCodes) found.add(urls.item(collection, key, lang))
    const shortLink = urls.itemShortLink(collection, key)
    if (shortLink !== undefined) found.add(shortLink)
  }
  return found
}

/** Both sources in one list, one redirect per old URL (the CMS's wins: it is the newer word). */
export function mergeRedirects(...sources: readonly (readonly Redirect[])[]): Redirect[] {
  const byFrom = new Map<string, Redirect>()
  for (const redirect of sources.flat()) byFrom.set(redirect.from, redirect)
  return [...byFrom.values()]
}

/** Where a redirect chain ends; throws on a loop. */
function resolve(from: string, map: ReadonlyMap<string, string>): string {
  const seen = new Set<string>([from])
  let current = from
  for (let next = map.get(current); next !== undefined; next = map.get(current)) {
    if (seen.has(next)) throw new PermalinkError(`Redirect loop through ${[...seen].join(' → ')}`)
    seen.add(next)
    current = next
  }
  return current
}

// ───────────── Manifest ─────────────

export const manifestSchema = z.object({
  description: z.string(),
  urls: z.array(z.string().startsWith('/')),
})

export type Manifest = z.infer<typeof manifestSchema>

const manifestDescription =
  'Every public URL ever published. Never remove an entry: scripts/check-permalinks.ts fails the build when one is neither built nor redirected. Add new ones with --update.'

export async function readManifest(file: string): Promise<Manifest> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return { description: manifestDescription, urls: [] }
    throw new PermalinkError(`Cannot read the permalink manifest ${file}: ${String(error)}`)
  }
  const result = manifestSchema.safeParse(JSON.parse(text))
  if (!result.success) {
    throw new PermalinkError(
      `Invalid permalink manifest ${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  }
  return result.data
}

export async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`)
}

// ───────────── Check ─────────────

export interface PermalinkReport {
  /** Manifest URLs that the build no longer serves and no redirect covers. */
  readonly missing: string[]
  /** Redirects whose target is not served (directly or through other redirects). */
  readonly brokenRedirects: Redirect[]
  /** Redirects whose source is still a served page (the redirect would hide it). */
  readonly shadowing: Redirect[]
  /** Served URLs not yet in the manifest (added by `--update`). */
  readonly added: string[]
}

export function checkPermalinks(
  manifest: Manifest,
  current: ReadonlySet<string>,
  redirects: readonly Redirect[],
): PermalinkReport {
  const map = new Map(redirects.map((r) => [r.from, r.to]))
  const brokenRedirects = redirects.filter((r) => !current.has(resolve(r.from, map)))
  const shadowing = redirects.filter((r) => current.has(r.from))
  const missing = manifest.urls.filter((url) => !current.has(url) && !map.has(url))
  const known = new Set(manifest.urls)
  const added = [...current].filter((url) => !known.has(url)).sort()
  return { missing, brokenRedirects, shadowing, added }
}

export function describeProblems(report: PermalinkReport, manifestFile: string): string[] {
  const problems: string[] = []
  if (report.missing.length > 0) {
    problems.push(
      `${report.missing.length} published URL(s) would disappear without a redirect (listed in ${manifestFile} or the permalink registry):`,
      ...report.missing.map((url) => `  ${url}`),
      'In the admin: publish the item again, or unpublish it with a public reason (its URL then shows the withdrawal notice), or add a redirect (System → Redirects). In the repository: add a redirect to content/redirects.yaml, e.g.',
      '  - { collection: findings, from: AIE-F04, to: AIE-F05 }',
      '  - { from: /en/reports/old-slug/, to: /en/reports/new-slug/ }',
    )
  }
  for (const r of report.brokenRedirects) {
    problems.push(`Redirect ${r.from} → ${r.to} leads to no published page`)
  }
  for (const r of report.shadowing) {
    problems.push(`Redirect ${r.from} → ${r.to} would hide a published page: remove it`)
  }
  return problems
}

export function updatedManifest(manifest: Manifest, report: PermalinkReport): Manifest {
  return {
    description: manifestDescription,
    urls: [...new Set([...manifest.urls, ...report.added])].sort(),
  }
}
