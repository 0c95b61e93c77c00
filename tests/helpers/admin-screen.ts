/**
 * What the Arabic-admin tests look for on a screen, run inside the page: interface text in
 * English (a text node or an accessible name with Latin words that is neither content marked
 * `lang="en"` nor an allowed Latin identifier inside `dir="ltr"`), unfilled placeholders and
 * known typos, and layout wider than the viewport. Kept apart from the test so the scenarios
 * read as a list of screens.
 */
import type { Page } from 'playwright-core'
import {
  identifierCellSelector,
  latinIdentifierPatterns,
} from '@mahjar/cms/components/latinIdentifier'
import { messages } from '@mahjar/shared/i18n'

/** Text that must never appear in the admin, in either language, with the reason. */
export const brokenText: readonly { text: string; reason: string }[] = [
  { text: '{{', reason: 'an unfilled i18next placeholder' },
  { text: '[object Object]', reason: 'a label object printed as a string' },
  { text: 'undefined', reason: 'a missing value printed as a string' },
  { text: 'أنشاء', reason: 'typo for «إنشاء» in Payload’s Arabic pack' },
  { text: 'بنحاح', reason: 'typo for «بنجاح» in Payload’s Arabic pack' },
  { text: '‹لا', reason: 'broken «<لا {{label}}>» placeholder in Payload’s Arabic pack' },
  { text: '<لا', reason: 'broken «<لا {{label}}>» placeholder in Payload’s Arabic pack' },
  { text: 'للبدء,', reason: 'a Latin comma in Arabic text' },
  { text: 'الموقع المحلي', reason: '«local site» for «locale»' },
  { text: 'احترم معنى النص', reason: 'a translator’s prompt leaked into Payload’s Arabic pack' },
]

export type ScreenProblems = {
  english: string[]
  broken: string[]
  overflow: string[]
}

/** Looks at the page as it is now; `arabic` adds the English-word check. */
export async function inspectScreen(page: Page, arabic: boolean): Promise<ScreenProblems> {
  return page.evaluate(
    ({ arabic, identifiers, identifierCells, broken, productNames }) => {
      const allowed = identifiers.map((source) => new RegExp(source))
      const allowedToken = (token: string) => allowed.some((pattern) => pattern.test(token.trim()))
      const latinWord = /[A-Za-z]{2,}/
      const english: string[] = []
      const brokenFound: string[] = []
      const describe = (element: Element) => {
        const classes = element.getAttribute('class')?.split(' ').slice(0, 2).join('.') ?? ''
        return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}>`
      }
      const isContent = (element: Element) => element.closest('[lang="en"], [lang^="en-"]') !== null
      const isIdentifier = (element: Element, text: string) =>
        element.closest('[dir="ltr"]') !== null &&
        (allowedToken(text) || element.closest(identifierCells) !== null)
      // Plain-text strings (descriptions, titles) mark a Latin identifier with the Unicode
      // left-to-right or first-strong isolate (U+2066 or U+2068 … U+2069), the plain-text form
      // of dir="ltr" / <bdi>.
      const withoutIsolatedIdentifiers = (text: string) =>
        text.replace(/[\u2066\u2068]([^\u2069]*)\u2069/g, (whole, inner: string) =>
          allowedToken(inner) ? ' ' : whole,
        )
      const check = (element: Element, text: string, where: string) => {
        const value = text.trim()
        if (value === '') return
        for (const { text: bad, reason } of broken) {
          if (value.includes(bad)) brokenFound.push(`${where} «${value}»: ${reason}`)
        }
        if (!arabic || !latinWord.test(withoutIsolatedIdentifiers(value))) return
        if (isContent(element) || isIdentifier(element, value)) return
        // An attribute cannot carry a direction of its own: Latin in it is allowed when every
        // Latin word is an identifier («تعديل AIE-F01», a tooltip with a document id).
        if (
          where.endsWith(']') &&
          value.split(/\s+/).every((token) => !latinWord.test(token) || allowedToken(token))
        )
          return
        english.push(`${where} «${value.slice(0, 120)}»`)
      }
      // What nobody sees or hears does not count: text hidden from view unless a control
      // names or describes itself with it (screen readers read those).
      const referenced = new Set(
        Array.from(document.querySelectorAll('[aria-describedby], [aria-labelledby]')).flatMap(
          (element) =>
            `${element.getAttribute('aria-describedby') ?? ''} ${element.getAttribute('aria-labelledby') ?? ''}`
              .split(/\s+/)
              .filter(Boolean),
        ),
      )
      const perceivable = (element: Element) =>
        element.checkVisibility({ visibilityProperty: true }) ||
        [...referenced].some((id) => element.closest(`[id="${id}"]`) !== null)
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        if (!parent || parent.closest('script, style, noscript, template, svg')) continue
        if (!perceivable(parent)) continue
        check(parent, node.textContent ?? '', describe(parent))
      }
      for (const element of Array.from(
        document.body.querySelectorAll(
          '[aria-label], [title], [placeholder], [alt], input[type="submit"], input[type="button"]',
        ),
      )) {
        for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'value']) {
          if (name === 'value' && !(element instanceof HTMLInputElement)) continue
          const value = element.getAttribute(name)
          if (value && perceivable(element)) check(element, value, `${describe(element)}[${name}]`)
        }
      }
      // The product's name is a proper noun, shown in both scripts in every tab title.
      const title = productNames.reduce((text, name) => text.replace(name, ''), document.title)
      check(document.documentElement, title, '<title>')

      // Layout: the page must not scroll sideways, and nothing visible may stick out of the
      // viewport unless a scrolling container of its own holds it (a wide table scrolls).
      const overflow: string[] = []
      const width = window.innerWidth
      const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)
      if (scrollWidth > width) {
        const widest = Array.from(document.body.querySelectorAll('*'))
          .map((element) => ({ element, rect: element.getBoundingClientRect() }))
          .filter(({ rect }) => rect.width > 0 && (rect.right > width + 1 || rect.left < -1))
          .sort((a, b) => b.rect.width - a.rect.width)[0]
        const culprit = widest
          ? ` (widest element outside: ${describe(widest.element)} at ${String(Math.round(widest.rect.left))}…${String(Math.round(widest.rect.right))} px)`
          : ''
        overflow.push(`document is ${String(scrollWidth)} px wide${culprit}`)
      }
      const clipped = (element: Element) => {
        for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
          const style = getComputedStyle(up)
          if (/auto|scroll|hidden|clip/.test(style.overflowX)) return true
          if (style.position === 'fixed' && up.getBoundingClientRect().right <= 0) return true
        }
        return false
      }
      for (const element of Array.from(document.body.querySelectorAll('*'))) {
        const rect = element.getBoundingClientRect()
        if (rect.width === 0 || rect.height === 0) continue
        if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
        // Entirely off-screen: parked menus (Lexical at -10000px) and closed off-canvas panels.
        if (rect.right <= 0 || rect.left >= width) continue
        if (rect.left < -1 || rect.right > width + 1) {
          if (clipped(element)) continue
          overflow.push(
            `${describe(element)} spans ${String(Math.round(rect.left))}…${String(Math.round(rect.right))} px «${element.textContent.trim().slice(0, 40)}»`,
          )
        }
      }
      return { english, broken: brokenFound, overflow: overflow.slice(0, 15) }
    },
    {
      arabic,
      identifiers: latinIdentifierPatterns.map(({ pattern }) => pattern.source),
      identifierCells: identifierCellSelector,
      broken: brokenText,
      productNames: [messages.en['site.name'] ?? 'Mahjar', messages.ar['site.name'] ?? 'مهجر'],
    },
  )
}
