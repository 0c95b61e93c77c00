/**
 * Editorial pages: `pages/<ar|en>/<name>.mdx`, frontmatter `title` and `description`, then MDX.
 * Every page exists in both languages.
 */
import { z } from 'zod'
import { isLocaleCode, localeCodes } from '@mahjar/shared/locales'
import { slugPattern } from '@mahjar/shared/identifiers'
import type { EditorialPage } from './corpus.ts'
import type { ContentIssue } from '@mahjar/shared/file-issues'
import { toContentIssues } from './validate-document.ts'
import { YamlSource } from '@mahjar/shared/yaml-source'

const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(300),
  description: z.string().trim().min(1, 'must not be empty').max(500),
})

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

export const pagePathPattern = /^pages\/([^/]+)\/([^/]+)\.mdx$/

export function parsePage(
  relative: string,
  file: string,
  text: string,
): { page?: EditorialPage; issues: ContentIssue[] } {
  const [, lang = '', name = ''] = pagePathPattern.exec(relative) ?? []
  if (!isLocaleCode(lang)) {
    return {
      issues: [
        { file, path: '', message: `pages go in pages/<${localeCodes.join('|')}>/, not "${lang}"` },
      ],
    }
  }
  if (!slugPattern.test(name)) {
    return {
      issues: [{ file, path: '', message: `page name "${name}" must be a lowercase slug` }],
    }
  }
  const match = frontmatterPattern.exec(text)
  if (!match) {
    return {
      issues: [
        {
          file,
          line: 1,
          path: '',
          message: 'must start with frontmatter: ---, title:, description:, ---',
        },
      ],
    }
  }
  // A blank first line stands in for the opening `---`, so YAML lines are file lines.
  const source = YamlSource.parse(file, `\n${match[1] ?? ''}`)
  if (Array.isArray(source)) return { issues: source }
  const result = frontmatterSchema.safeParse(source.value())
  if (!result.success) return { issues: toContentIssues(result.error.issues, source, []) }
  const body = text.slice(match[0].length)
  if (body.trim() === '') {
    return { issues: [{ file, path: '', message: 'the page has no text after its frontmatter' }] }
  }
  return { page: { lang, name, ...result.data, body, file }, issues: [] }
}

/** Every page name must exist in every language. */
export function checkPageLanguages(pages: readonly EditorialPage[]): ContentIssue[] {
  const names = [...new Set(pages.map((p) => p.name))]
  return names.flatMap((name) => {
    const present = pages.filter((p) => p.name === name)
    const first = present[0]
    return localeCodes
      .filter((lang) => !present.some((p) => p.lang === lang))
      .map((lang) => ({
        file: first?.file ?? `pages/${lang}/${name}.mdx`,
        path: '',
        message: `page "${name}" has no ${lang} version (pages/${lang}/${name}.mdx is missing)`,
      }))
  })
}
