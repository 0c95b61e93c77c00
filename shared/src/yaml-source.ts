/**
 * A parsed YAML file that remembers where every node came from, so a problem found later by a
 * schema (which only knows a path such as `[12].statistic.base`) can be reported with its line.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import { formatPath, type ContentIssue, type PathSegment } from './file-issues.ts'

export class YamlSource {
  readonly file: string
  readonly #document: Document
  readonly #lines: LineCounter

  private constructor(file: string, document: Document, lines: LineCounter) {
    this.file = file
    this.#document = document
    this.#lines = lines
  }

  /** Parses `text`; syntax errors come back as issues instead of a source. */
  static parse(file: string, text: string): YamlSource | ContentIssue[] {
    const lines = new LineCounter()
    const document = parseDocument(text, { lineCounter: lines, prettyErrors: true })
    if (document.errors.length > 0) {
      return document.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line,
        path: '',
        message: `YAML syntax: ${(error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '')}`,
      }))
    }
    return new YamlSource(file, document, lines)
  }

  /** The plain data of the file. */
  value(): unknown {
    return this.#document.toJS({ maxAliasCount: 100 })
  }

  /**
   * The line of the deepest node that exists along `path`: the key line of a map entry, the
   * first line of a list item.
   */
  lineOf(path: readonly PathSegment[]): number | undefined {
    let node: unknown = this.#document.contents
    let offset = isNode(node) ? node.range?.[0] : undefined
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment)
        if (!pair) break
        if (isNode(pair.key)) offset = pair.key.range?.[0] ?? offset
        node = pair.value
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment]
        if (!isNode(item)) break
        offset = item.range?.[0] ?? offset
        node = item
      } else {
        break
      }
    }
    return offset === undefined ? undefined : this.#lines.linePos(offset).line
  }

  issue(path: readonly PathSegment[], message: string): ContentIssue {
    return { file: this.file, line: this.lineOf(path), path: formatPath(path), message }
  }
}
