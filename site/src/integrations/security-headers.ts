/**
 * Writes `_headers` at the root of the built site: the security headers of
 * `@mahjar/shared/security-headers`, with the CSP hashes of the inline `<style>` elements Astro
 * put in the pages' `<head>` (only there: content in `<body>` is never trusted to style the page).
 * The static server sends exactly this file's headers; static hosts read it as it is.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import {
  contentSecurityPolicy,
  headersFile,
  headersFileName,
  securityHeaders,
} from '@mahjar/shared/security-headers'

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** Contents of the inline `<style>` elements in a page's `<head>`. */
export function headStyles(html: string): string[] {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? ''
  return [...head.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '')
}

/**
 * `formOrigins`: where the pages' forms post (the CMS's origin, for submissions). `alsoPages`:
 * HTML files outside the build's folder that the site will serve too (a partial build's pages
 * kept from the release it starts from: integrations/page-list.ts).
 */
export function securityHeadersIntegration(
  formOrigins: readonly string[] = [],
  alsoPages: () => readonly string[] = () => [],
): AstroIntegration {
  return {
    name: 'mahjar-security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir)
        const styles = new Set<string>()
        // 32 pages read at a time: 31,000 pages at 10,000 recommendations, each read waits on
        // the disk, not on this thread.
        const queue = [...(await htmlFiles(root)), ...alsoPages()].values()
        const reader = async () => {
          for (const file of queue) {
            for (const style of headStyles(await readFile(file, 'utf8'))) styles.add(style)
          }
        }
        await Promise.all(Array.from({ length: 32 }, reader))
        const headers = securityHeaders(
          contentSecurityPolicy({ inlineStyles: styles, formOrigins }),
        )
        await writeFile(path.join(root, headersFileName), headersFile(headers))
      },
    },
  }
}
