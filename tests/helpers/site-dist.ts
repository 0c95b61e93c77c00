/** Reading a built site on disk: its HTML files and the internal links and assets they point to. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { HtmlValidate } from 'html-validate'

export function htmlFiles(distDir: string): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.html')) files.push(full)
    }
  }
  walk(distDir)
  return files.sort()
}

/** The site path a file is served at: dist/ar/findings/aie-f01/index.html → /ar/findings/aie-f01/ */
export function pathOf(distDir: string, file: string): string {
  const relative = `/${path.relative(distDir, file).split(path.sep).join('/')}`
  return relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative
}

export function fileFor(distDir: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '')
  const candidate = path.join(distDir, clean)
  if (clean.endsWith('/')) {
    const index = path.join(candidate, 'index.html')
    return existsSync(index) ? index : undefined
  }
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined
}

export interface PageLink {
  attribute: string
  value: string
}

/** Every href/src/srcset URL in a page (script bodies and JSON-LD excluded). */
export function linksIn(html: string): PageLink[] {
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/g, '')
  const links: PageLink[] = []
  for (const match of withoutScripts.matchAll(/\s(href|src|srcset|action)="([^"]*)"/g)) {
    const [, attribute = '', raw = ''] = match
    const value = raw.replace(/&amp;/g, '&')
    if (attribute === 'srcset') {
      for (const part of value.split(',')) {
        const url = part.trim().split(/\s+/)[0]
        if (url) links.push({ attribute, value: url })
      }
    } else links.push({ attribute, value })
  }
  return links
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''))
}

export function readHtml(file: string): string {
  return readFileSync(file, 'utf8')
}

/** html-validate's recommended rules over every page of a build; one line per problem. */
export async function htmlProblems(distDir: string): Promise<string[]> {
  // HTML5 allows any id without spaces: Arabic heading anchors are valid (`relaxed`). Titles are
  // cut to 70 characters; the rule counts `&#39;` as five, so it gets headroom.
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'valid-id': ['error', { relaxed: true }], 'long-title': ['error', { maxlength: 80 }] },
  })
  const problems: string[] = []
  for (const file of htmlFiles(distDir)) {
    const report = await validator.validateString(readHtml(file), pathOf(distDir, file))
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push(
          `${result.filePath}:${String(m.line)}:${String(m.column)} ${m.ruleId}: ${m.message}`,
        )
      }
    }
  }
  return problems
}
