/**
 * Markdown source → the plain words a reader sees, for search records, excerpts and page
 * descriptions: no syntax, no link targets, no code blocks. The source is parsed as the site
 * renders it (CommonMark with GFM: tables, strikethrough, footnotes, task lists) by
 * mdast-util-from-markdown, so escapes, entities, reference links, setext headings, `---` rules and
 * intraword `_` come out as the page shows them, which regexes did not manage.
 *
 * Then the tree's text is read (mdast-util-to-string does not fit: it glues blocks together and
 * keeps code and raw HTML): a space between blocks and table cells, so no two words are glued;
 * inline text as written, so `بـ**المهجر**` stays one word; image alt text and link text kept (an
 * address written as a link's text too, as the page shows it); link targets, definitions, footnote
 * marks and fenced or indented code dropped; raw HTML reduced to the words the sanitiser lets
 * readers see, with a space for each tag. Inline, the parser gives each tag as its own node, so the
 * text between an opening `<script>` or `<style>` and its closing tag is dropped here, as the
 * sanitiser drops it from a block.
 */
import type { Nodes, Parents } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { sanitizedText } from './safe-html.ts'

/** Parents whose children are blocks (or table cells): their children are separate words. */
const blockParents = new Set<Parents['type']>([
  'root',
  'blockquote',
  'list',
  'listItem',
  'footnoteDefinition',
  'table',
  'tableRow',
])

/** Elements whose content the sanitiser removes along with the tags. */
const hiddenContent = /^<(script|style)\b/i

interface Reading {
  readonly out: string[]
  /** The closing tag that ends inline text readers never see (`</script>`), while inside one. */
  hiddenUntil?: RegExp
}

function collect(node: Nodes, reading: Reading): void {
  const { out } = reading
  if (reading.hiddenUntil) {
    if (node.type === 'html' && reading.hiddenUntil.test(node.value)) delete reading.hiddenUntil
    if (!('children' in node)) return
  }
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      out.push(node.value)
      return
    case 'image':
    case 'imageReference':
      out.push(` ${node.alt ?? ''} `)
      return
    case 'html': {
      const opened = hiddenContent.exec(node.value)?.[1]
      const closed = opened ? new RegExp(`</${opened}\\s*>`, 'i') : undefined
      if (closed && !closed.test(node.value)) reading.hiddenUntil = closed
      out.push(` ${sanitizedText(node.value)} `)
      return
    }
    case 'break':
      out.push(' ')
      return
    case 'code':
    case 'definition':
    case 'footnoteReference':
    case 'thematicBreak':
      return
    default:
      break
  }
  if (!('children' in node)) return
  const separate = blockParents.has(node.type)
  for (const child of node.children) {
    collect(child, reading)
    if (separate) out.push(' ')
  }
}

/** GFM, as the site's Markdown processor renders it; built once. */
const parseOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }

export function markdownToPlainText(markdown: string): string {
  const tree = fromMarkdown(markdown, parseOptions)
  const reading: Reading = { out: [] }
  collect(tree, reading)
  return reading.out.join('').replace(/\s+/g, ' ').trim()
}
