/**
 * The one gate between rendered Markdown and readers: an allow-list sanitiser over the HTML a
 * Markdown field renders to. Astro 7.3's Markdown processor (Sätteri) passes raw HTML through and
 * takes its own plugin kind, not unified's, so `rehype-sanitize` cannot sit in its pipeline; the
 * produced HTML goes instead through `hast-util-sanitize` (the engine of rehype-sanitize, same
 * maintainers), parsed and serialised by hast-util-from-html / hast-util-to-html (parse5, as a
 * browser parses). Only the elements Markdown produces stay; every attribute outside the list,
 * every script, style and comment goes; links keep only safe URLs (`safe-url.ts`), images only
 * the site's own files, and links to other hosts get `rel="noreferrer noopener"`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { isExternalUrl, isSafeLinkUrl, isSiteImageUrl } from './safe-url.ts'

/** What Markdown (GFM) renders to; nothing else survives. */
const schema: Schema = {
  ...defaultSchema,
  tagNames: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'em',
    'b',
    'i',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'sup',
    'sub',
    'section',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'input',
  ],
  attributes: {
    a: ['href', 'title', 'id', ['dataFootnoteRef', true], ['dataFootnoteBackref', true]],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    li: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    th: [['align', 'left', 'right', 'center']],
    td: [['align', 'left', 'right', 'center']],
    section: [
      ['dataFootnotes', true],
      ['className', 'footnotes'],
    ],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    code: [['className', /^language-[\w-]+$/]],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  required: { input: { type: 'checkbox', disabled: true } },
  // Elements whose text is code or chrome, not reading matter: gone with their content.
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'textarea',
    'title',
    'xmp',
    'iframe',
    'noembed',
    'noframes',
    'object',
    'embed',
    'svg',
    'math',
  ],
}

function keepSafeUrls(node: Root | Element): void {
  const children: (RootContent | ElementContent)[] = []
  for (const child of node.children) {
    if (child.type !== 'element') {
      children.push(child)
      continue
    }
    if (child.tagName === 'img') {
      const src = child.properties.src
      if (typeof src === 'string' && isSiteImageUrl(src)) children.push(child)
      else {
        // An image from anywhere else would send the reader's IP to that host: keep its words.
        const alt = child.properties.alt
        if (typeof alt === 'string' && alt !== '') children.push({ type: 'text', value: alt })
      }
      continue
    }
    if (child.tagName === 'a') {
      const href = child.properties.href
      if (typeof href !== 'string' || !isSafeLinkUrl(href)) delete child.properties.href
      else if (isExternalUrl(href)) child.properties.rel = ['noreferrer', 'noopener']
    }
    keepSafeUrls(child)
    children.push(child)
  }
  node.children = children
}

function sanitizedTree(html: string): Root {
  const tree = sanitize(fromHtml(html, { fragment: true }), schema) as Root
  keepSafeUrls(tree)
  return tree
}

/** Rendered Markdown, reduced to what may reach a reader. */
export function sanitizeHtml(html: string): string {
  return toHtml(sanitizedTree(html))
}

/**
 * The words of raw HTML (written inside Markdown) that reach a reader: text and image alt text,
 * a space around each element; whatever the sanitiser strips (scripts, styles, comments) is gone.
 */
export function sanitizedText(html: string): string {
  const words = (node: Root | RootContent): string => {
    if (node.type === 'text') return node.value
    if (node.type === 'root') return node.children.map(words).join('')
    if (node.type !== 'element') return ''
    const alt = node.properties.alt
    const own = node.tagName === 'img' && typeof alt === 'string' ? alt : ''
    return ` ${own}${node.children.map(words).join('')} `
  }
  return words(sanitizedTree(html))
}
