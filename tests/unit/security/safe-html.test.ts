/**
 * The allow-list sanitiser of rendered Markdown (`@mahjar/shared/safe-html`) against every hostile
 * payload, alone and inside Arabic and English prose: what comes out is checked by parsing it
 * again, with rules written here independently of the sanitiser's own.
 */
import { fromHtml } from 'hast-util-from-html'
import type { Element, Root, RootContent } from 'hast'
import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from '@mahjar/shared/safe-html'
import { htmlPayloads, otherHost, xssPayloads } from '../../helpers/xss-payloads.ts'

const allowedTags = new Set(
  'p br hr h2 h3 h4 h5 h6 strong em b i del s code pre blockquote ul ol li a img sup sub section table thead tbody tr th td input'.split(
    ' ',
  ),
)

function elements(node: Root | Element): Element[] {
  return node.children.flatMap((child: RootContent) =>
    child.type === 'element' ? [child, ...elements(child)] : [],
  )
}

/** Everything in an HTML fragment that could run script or reach another host. */
function dangers(html: string): string[] {
  const found: string[] = []
  for (const el of elements(fromHtml(html, { fragment: true }))) {
    if (!allowedTags.has(el.tagName)) found.push(`<${el.tagName}>`)
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcSet') found.push(`${name}=`)
      const text = Array.isArray(value) ? value.join(' ') : String(value)
      if (['href', 'src', 'action', 'formAction', 'data'].includes(name)) {
        const ok =
          name === 'href'
            ? /^(https?:\/\/[^/\\]|mailto:|\/(?![/\\])|#)/i.test(text)
            : /^\/(?![/\\])/.test(text)
        if (!ok) found.push(`${name}=${text}`)
      }
    }
  }
  return found
}

describe('the sanitiser of rendered Markdown', () => {
  it('keeps at least fifty hostile inputs in its test set', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(50)
  })

  it.each(xssPayloads.map((payload) => [payload]))('leaves nothing dangerous of %j', (payload) => {
    for (const html of [payload, `<p>نص عربي ${payload} ثم نص</p>`, `<p>English ${payload}</p>`]) {
      const out = sanitizeHtml(html)
      expect(dangers(out), out).toEqual([])
    }
  })

  it('keeps the prose of Markdown: headings, lists, emphasis, quotes and safe links', () => {
    const html =
      '<h2 id="x">العنوان</h2><p><strong>قوي</strong> و<em>مائل</em></p><ul><li>بند</li></ul><blockquote><p>اقتباس</p></blockquote><p><a href="https://example.org/a">link</a> <a href="/ar/reports/x/">داخلي</a> <a href="mailto:a@example.org">mail</a></p>'
    const out = sanitizeHtml(html)
    expect(out).toContain('<strong>قوي</strong>')
    expect(out).toContain('<em>مائل</em>')
    expect(out).toContain('<li>بند</li>')
    expect(out).toContain('<blockquote>')
    expect(out).toContain('<a href="https://example.org/a" rel="noreferrer noopener">link</a>')
    expect(out).toContain('<a href="/ar/reports/x/">داخلي</a>')
    expect(out).toContain('<a href="mailto:a@example.org">mail</a>')
  })

  it('shows an image from another host as its alternative text, and keeps the site’s own images', () => {
    expect(sanitizeHtml(`<p><img src="https://${otherHost}/p.png" alt="صورة"></p>`)).toBe(
      '<p>صورة</p>',
    )
    expect(sanitizeHtml('<p><img src="/media/a.webp" alt="a"></p>')).toBe(
      '<p><img src="/media/a.webp" alt="a"></p>',
    )
  })

  it('drops script and style elements with their text, and keeps the words of other tags', () => {
    expect(sanitizeHtml(htmlPayloads[0] ?? '')).toBe('')
    expect(sanitizeHtml('<p><span class="x">كلمات</span> <marquee>words</marquee></p>')).toBe(
      '<p>كلمات words</p>',
    )
  })
})
