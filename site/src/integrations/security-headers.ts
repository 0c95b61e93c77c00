/**
 * Writes `_headers` at the root of the built site: the security headers of
 * `@mahjar/shared/security-headers`, with the CSP hashes of the inline `<style>` elements Astro
 * put in the pages' `<head>` (only there: content in `<body>` is never trusted to style the page).
 * The static server sends exactly this file's headers; static hosts read it as it is.
 *
 * A partial build serves pages it did not render (kept from the release it starts from), so their
 * styles count too. Reading 31,842 kept pages took 2 s of each publish at 10,000 recommendations,
 * so every build records each page's head styles (HEAD_STYLES_FILE, in the release's folder) and a
 * partial build takes the kept pages' styles from its base's record, reading only pages it lacks.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { z } from 'zod'
import {
  contentSecurityPolicy,
  headersFile,
  headersFileName,
  securityHeaders,
} from '@mahjar/shared/security-headers'
import { ParsedFiles } from '@mahjar/shared/parsed-files'
import { warmRenderHooks } from '@mahjar/shared/warm-render'
import { buildFilesOf } from '../env.ts'
import type { KeptPages } from './page-list.ts'

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** Contents of the inline `<style>` elements in a page's `<head>`. */
export function headStyles(html: string): string[] {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? ''
  return [...head.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '')
}

/** Each page's head styles (by its file, relative to the site) as numbers into `styles`. */
const recordSchema = z.object({
  styles: z.array(z.string()),
  pages: z.record(z.string(), z.array(z.number().int().nonnegative())),
})

/** The head styles of a site's pages, page by page. */
class HeadStyles {
  readonly #numbers = new Map<string, number>()
  readonly #pages = new Map<string, number[]>()

  add(file: string, styles: readonly string[]): void {
    this.#pages.set(
      file,
      styles.map((style) => {
        const known = this.#numbers.get(style)
        if (known !== undefined) return known
        this.#numbers.set(style, this.#numbers.size)
        return this.#numbers.size - 1
      }),
    )
  }

  styles(): string[] {
    return [...this.#numbers.keys()]
  }

  toJSON(): z.input<typeof recordSchema> {
    return { styles: this.styles(), pages: Object.fromEntries(this.#pages) }
  }

  /** Each page's styles, by its file. */
  byPage(): Map<string, string[]> {
    return stylesByPage(this.styles(), this.#pages)
  }
}

/** Each page's styles, from the numbers a record gives them into `styles`. */
function stylesByPage(
  styles: readonly string[],
  pages: Iterable<readonly [string, readonly number[]]>,
): Map<string, string[]> {
  return new Map([...pages].map(([page, numbers]) => [page, numbers.map((n) => styles[n] ?? '')]))
}

/**
 * Records this process wrote or read: in the warm Astro, a publish reads the one the publish before
 * wrote (31,842 pages at 10,000 recommendations, 0.1 s to parse and validate).
 */
const records = new ParsedFiles<Map<string, string[]> | undefined>()

/** A record's styles by page file; undefined (so the pages are read) when it cannot be read. */
async function readRecord(file: string | undefined): Promise<Map<string, string[]> | undefined> {
  if (file === undefined) return undefined
  const parse = (text: string | undefined) => {
    const parsed = recordSchema.safeParse(JSON.parse(text ?? 'null'))
    if (!parsed.success) return undefined
    return stylesByPage(parsed.data.styles, Object.entries(parsed.data.pages))
  }
  return records.read(file, parse).catch(() => undefined)
}

/** Reads the head styles of `files` (relative to `dir`) into `into`, 32 at a time. */
async function readStyles(dir: string, files: readonly string[], into: HeadStyles) {
  // 32 pages read at a time: each read waits on the disk, not on this thread.
  const queue = files.values()
  const reader = async () => {
    for (const file of queue)
      into.add(file, headStyles(await readFile(path.join(dir, file), 'utf8')))
  }
  await Promise.all(Array.from({ length: 32 }, reader))
}

/**
 * `formOrigins`: where the pages' forms post (the CMS's origin, for submissions). `keptPages`:
 * the pages a partial build takes from the release it starts from (integrations/page-list.ts).
 * `recordFile`: where to record this build's pages' head styles; by default HEAD_STYLES_FILE as
 * the build that runs the hook names it (none written when neither names a file).
 */
export function securityHeadersIntegration(
  formOrigins: readonly string[] = [],
  keptPages: () => KeptPages | undefined = () => undefined,
  recordFile?: string,
): AstroIntegration {
  return {
    name: 'mahjar-security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir)
        const record = new HeadStyles()
        // Pages the warm renderer has just written are taken as it holds them: reading 786 of
        // them back took 0.17-0.4 s of a finding's publish at 10,000 recommendations.
        const written = warmRenderHooks()?.written
        const held =
          written && path.resolve(written.dir) === path.resolve(root)
            ? written.pages
            : new Map<string, string>()
        const files = await htmlFiles(root)
        for (const file of files) {
          const html = held.get(file)
          if (html !== undefined) record.add(file, headStyles(html))
        }
        await readStyles(
          root,
          files.filter((file) => !held.has(file)),
          record,
        )
        const kept = keptPages()
        if (kept) {
          const recorded = await readRecord(kept.headStyles)
          const unrecorded: string[] = []
          for (const file of kept.files) {
            const styles = recorded?.get(file)
            if (styles) record.add(file, styles)
            else unrecorded.push(file)
          }
          await readStyles(kept.baseSiteDir, unrecorded, record)
        }
        const headers = securityHeaders(
          contentSecurityPolicy({ inlineStyles: record.styles(), formOrigins }),
        )
        await writeFile(path.join(root, headersFileName), headersFile(headers))
        const recordTo = recordFile ?? buildFilesOf().HEAD_STYLES_FILE
        if (recordTo !== undefined)
          await records.write(recordTo, JSON.stringify(record), record.byPage())
      },
    },
  }
}
