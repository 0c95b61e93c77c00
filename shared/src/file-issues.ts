/**
 * A problem found in a content file, located by file, YAML line and the path inside the document,
 * and the one error that lists them all.
 */
export type PathSegment = string | number

export interface ContentIssue {
  /** File relative to the parent of the content directory, e.g. `content/stories/x.yaml`. */
  readonly file: string
  /** 1-based line in the file, when the problem can be pinned to one. */
  readonly line?: number
  /** Path inside the file, e.g. `[12].statistic.base`; empty for the whole file. */
  readonly path: string
  readonly message: string
}

export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`
      if (/^[A-Za-z_$][\w$-]*$/.test(segment)) return index === 0 ? segment : `.${segment}`
      return `[${JSON.stringify(segment)}]`
    })
    .join('')
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`
  return issue.path === ''
    ? `${where}: ${issue.message}`
    : `${where} ${issue.path}: ${issue.message}`
}

export class ContentValidationError extends Error {
  readonly issues: readonly ContentIssue[]

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
    super(
      `Content is invalid (${count}); nothing was written:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    )
    this.name = 'ContentValidationError'
    this.issues = issues
  }
}
