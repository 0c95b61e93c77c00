/**
 * The CSP of a partial build (site/src/integrations/security-headers.ts) allows the inline head
 * styles of every page the release serves: the pages it rendered, read, and the pages it kept
 * from its base release, taken from the base's record of its pages' head styles (so 31,000 kept
 * pages are not read again), or read when the record lacks them or is unreadable. Each build
 * records its own pages for the next. Real files in a throwaway folder; the hook is Astro's.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { securityHeadersIntegration } from '@mahjar/site/integrations/security-headers'
import type { KeptPages } from '@mahjar/site/integrations/page-list'
import { cspHash, headersFileName, parseHeadersFile } from '@mahjar/shared/security-headers'

let dir: string
let baseSite: string
let built: string

const page = (...styles: string[]) =>
  `<!doctype html><html><head>${styles.map((s) => `<style>${s}</style>`).join('')}</head>` +
  '<body><style>body{}</style></body></html>'

async function writePages(site: string, pages: Record<string, string>) {
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true })
    await writeFile(path.join(site, file), html)
  }
}

/** Runs the integration's `astro:build:done` on `built`, as Astro does; returns the styles allowed. */
async function buildDone(kept: KeptPages | undefined, recordFile?: string): Promise<string> {
  const integration = securityHeadersIntegration([], () => kept, recordFile)
  const done = integration.hooks['astro:build:done'] as (options: { dir: URL }) => Promise<void>
  await done({ dir: pathToFileURL(`${built}/`) })
  const headers = parseHeadersFile(await readFile(path.join(built, headersFileName), 'utf8'))
  return headers['content-security-policy'] ?? ''
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mahjar-head-styles-'))
  baseSite = path.join(dir, 'base', 'site')
  built = path.join(dir, 'next', 'partial')
  await writePages(baseSite, {
    'en/a/index.html': page('.a{}'),
    'en/b/index.html': page('.b{}'),
    'ar/c/index.html': page('.a{}', '.c{}'),
  })
  await writePages(built, { 'en/rendered/index.html': page('.r{}') })
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const keptFiles = ['en/a/index.html', 'en/b/index.html', 'ar/c/index.html']

describe('the CSP of a partial build', () => {
  it('takes the kept pages’ styles from the base’s record and reads the pages it lacks', async () => {
    const baseRecord = path.join(dir, 'base', 'head-styles.json')
    // The record says what the base's build read; `b` is recorded as `.recorded{}` here so the
    // test can tell a style taken from the record from one read from the page.
    await writeFile(
      baseRecord,
      JSON.stringify({
        styles: ['.a{}', '.recorded{}'],
        pages: { 'en/a/index.html': [0], 'en/b/index.html': [1] },
      }),
    )
    const record = path.join(dir, 'next', 'head-styles.json')
    const csp = await buildDone(
      { baseSiteDir: baseSite, files: keptFiles, headStyles: baseRecord },
      record,
    )
    for (const style of ['.r{}', '.a{}', '.recorded{}', '.c{}'])
      expect(csp, style).toContain(cspHash(style))
    expect(csp).not.toContain(cspHash('.b{}'))
    expect(csp).not.toContain(cspHash('body{}'))
    const written = JSON.parse(await readFile(record, 'utf8')) as {
      styles: string[]
      pages: Record<string, number[]>
    }
    const stylesOf = (file: string) => written.pages[file]?.map((n) => written.styles[n])
    expect(stylesOf('en/rendered/index.html')).toEqual(['.r{}'])
    expect(stylesOf('en/a/index.html')).toEqual(['.a{}'])
    expect(stylesOf('en/b/index.html')).toEqual(['.recorded{}'])
    expect(stylesOf('ar/c/index.html')).toEqual(['.a{}', '.c{}'])
  })

  it('reads every kept page when the base has no record, or one it cannot read', async () => {
    for (const headStyles of [path.join(dir, 'base', 'none.json'), undefined]) {
      const csp = await buildDone({ baseSiteDir: baseSite, files: keptFiles, headStyles })
      for (const style of ['.r{}', '.a{}', '.b{}', '.c{}']) expect(csp).toContain(cspHash(style))
    }
    const broken = path.join(dir, 'base', 'head-styles.json')
    await writeFile(broken, JSON.stringify({ styles: ['.a{}'], pages: { 'en/b/index.html': 'x' } }))
    const csp = await buildDone({ baseSiteDir: baseSite, files: keptFiles, headStyles: broken })
    expect(csp).toContain(cspHash('.b{}'))
  })

  it('a full build records every page it rendered', async () => {
    const record = path.join(dir, 'next', 'head-styles.json')
    const csp = await buildDone(undefined, record)
    expect(csp).toContain(cspHash('.r{}'))
    expect(csp).not.toContain(cspHash('.a{}'))
    expect(JSON.parse(await readFile(record, 'utf8'))).toEqual({
      styles: ['.r{}'],
      pages: { 'en/rendered/index.html': [0] },
    })
  })
})
