'use client'
/**
 * Gives every editable field the direction of the language being edited, whatever the admin's
 * own language: in the Arabic admin an English document's fields are typed left to right ("7-B"
 * stays "7-B", "First publication." keeps its full stop at the end), and in the English admin
 * Arabic fields run right to left.
 *
 * Payload 3.90 already decides per input whether it is right to left (`data-rtl`, from the
 * edited locale, the field's `localized` and its `admin.rtl`), but only right-to-left is styled,
 * and Lexical's rich-text editor gets nothing. This provider, mounted through
 * `admin.components.providers`, turns that decision into `dir` (and `lang` on rich text, whose
 * contents are language text), and gives standalone Latin identifiers (codes such as AIE-F01,
 * ISO country codes, e-mail addresses, site paths) `dir="ltr"` so that they are isolated from the
 * surrounding Arabic. A MutationObserver keeps it true as views, drawers and rows appear.
 */
import { useLocale } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'
import { identifierCellSelector, isLatinIdentifier } from './latinIdentifier.ts'

const marked = 'data-mahjar-ltr'

function applyDirections(root: ParentNode, localeCode: string, rtl: boolean): void {
  for (const input of root.querySelectorAll<HTMLElement>('input[data-rtl], textarea[data-rtl]')) {
    const dir = input.getAttribute('data-rtl') === 'true' ? 'rtl' : 'ltr'
    if (input.getAttribute('dir') !== dir) input.setAttribute('dir', dir)
  }
  const dir = rtl ? 'rtl' : 'ltr'
  for (const editor of root.querySelectorAll<HTMLElement>('[data-lexical-editor="true"]')) {
    if (editor.getAttribute('dir') !== dir) editor.setAttribute('dir', dir)
    if (editor.getAttribute('lang') !== localeCode) editor.setAttribute('lang', localeCode)
  }
  const leaves = root.querySelectorAll<HTMLElement>(
    ':is(.template-default, dialog) :is(h1, h2, h3, a, span, div, p, li, td, button, strong)',
  )
  for (const element of leaves) {
    if (element.closest('[contenteditable]')) continue
    const identifier =
      element.childElementCount === 0 &&
      (isLatinIdentifier(element.textContent) || element.closest(identifierCellSelector) !== null)
    if (identifier && !element.hasAttribute('dir')) {
      element.setAttribute('dir', 'ltr')
      element.setAttribute(marked, '')
    } else if (!identifier && element.hasAttribute(marked)) {
      element.removeAttribute('dir')
      element.removeAttribute(marked)
    }
  }
}

export function EditedLocaleDirection({ children }: { children?: ReactNode }) {
  const locale = useLocale()
  const code = locale.code
  const rtl = locale.rtl === true
  useEffect(() => {
    // A timer, not requestAnimationFrame: a page in the background gets no frames, and its
    // fields must be right when the editor comes back to it.
    let timer: ReturnType<typeof setTimeout> | undefined
    const run = () => {
      timer = undefined
      applyDirections(document, code, rtl)
    }
    run()
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(run, 30)
    })
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-rtl'],
    })
    return () => {
      observer.disconnect()
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [code, rtl])
  return <>{children}</>
}
