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
 * surrounding Arabic. In a collection's list, the cells of localized fields (titles, statements)
 * are content in the listed language: they get its `dir` and `lang` too, so an English title reads
 * left to right in the Arabic admin. observeAdmin keeps it true as views, drawers and rows appear.
 */
import { useConfig, useLocale } from '@payloadcms/ui'
import { directionOfText, getLocale, localeCodes } from '@mahjar/shared/locales'
import type { ClientField } from 'payload'
import { type ReactNode, useEffect } from 'react'
import { identifierCellSelector, isLatinIdentifier } from './latinIdentifier.ts'
import { observeAdmin, within } from './observeAdmin.ts'

const marked = 'data-mahjar-ltr'

const listPath = /\/collections\/([\w-]+)\/?$/

/** A submission's edit view, and the fields that hold what its sender wrote. */
const submissionPath = /\/collections\/submissions\/[^/]+\/?$/
const senderFields = new Set(['field-title', 'field-text', 'field-name'])

/**
 * Gives an element holding a participant's words the language and direction of those words: the
 * direction of their first letter, and the published language written that way (a submission is
 * in one of them). Inline, because Payload's own rule on `data-rtl` outweighs `dir`.
 */
function markWrittenLanguage(element: HTMLElement, text: string): void {
  const dir = directionOfText(text)
  const lang = localeCodes.find((code) => getLocale(code).dir === dir)
  if (!dir || !lang || element.getAttribute('lang') === lang) return
  element.setAttribute('lang', lang)
  element.setAttribute('dir', dir)
  element.style.direction = dir
}

function applyDirections(
  root: Element,
  localeCode: string,
  rtl: boolean,
  localizedColumns: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  const senderText = submissionPath.test(window.location.pathname)
  // A submission is in the language its sender wrote, not the edited locale's: what they wrote
  // (its fields, its summary in the queue) takes its own language and direction, so an English
  // story reads left to right in the Arabic admin and an Arabic one right to left in the English.
  for (const input of within<HTMLInputElement | HTMLTextAreaElement>(
    root,
    'input[data-rtl], textarea[data-rtl]',
  )) {
    if (senderText && senderFields.has(input.id)) {
      markWrittenLanguage(input, input.value)
      continue
    }
    const dir = input.getAttribute('data-rtl') === 'true' ? 'rtl' : 'ltr'
    if (input.getAttribute('dir') !== dir) input.setAttribute('dir', dir)
  }
  if (listPath.exec(window.location.pathname)?.[1] === 'submissions') {
    for (const cell of within(
      root,
      '.collection-list td.cell-summary, .collection-list td.cell-title',
    )) {
      markWrittenLanguage(cell, cell.textContent)
    }
    // Its language column names each language in itself ("English" in the Arabic admin).
    for (const cell of within(root, '.collection-list td.cell-language')) {
      const named = localeCodes.find((code) => getLocale(code).label === cell.textContent.trim())
      if (named && cell.getAttribute('lang') !== named) {
        cell.setAttribute('lang', named)
        cell.setAttribute('dir', getLocale(named).dir)
      }
    }
  }
  const dir = rtl ? 'rtl' : 'ltr'
  for (const editor of within(root, '[data-lexical-editor="true"]')) {
    if (editor.getAttribute('dir') !== dir) editor.setAttribute('dir', dir)
    if (editor.getAttribute('lang') !== localeCode) editor.setAttribute('lang', localeCode)
  }
  const localized = localizedColumns.get(listPath.exec(window.location.pathname)?.[1] ?? '')
  for (const cell of within(root, '.collection-list td[class*="cell-"]')) {
    const column = /(?:^|\s)cell-(\S+)/.exec(cell.className)?.[1] ?? ''
    if (!localized?.has(column)) continue
    if (cell.getAttribute('dir') !== dir) cell.setAttribute('dir', dir)
    if (cell.getAttribute('lang') !== localeCode) cell.setAttribute('lang', localeCode)
  }
  // Payload's id line ("المعرّف: 5f08…") shows a document id: left to right.
  for (const idLabel of within(root, '.id-label:not([dir])')) idLabel.setAttribute('dir', 'ltr')
  const leaves = within(root, 'h1, h2, h3, a, span, div, p, li, td, button, strong')
  for (const element of leaves) {
    if (!element.closest('.template-default, dialog') || element.closest('[contenteditable]')) {
      continue
    }
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
  const { config } = useConfig()
  const localizedColumns = new Map(
    config.collections.map((collection) => {
      // Signed out (the first-user and login screens), the client config has no fields.
      const fields = collection.fields as readonly ClientField[] | undefined
      return [
        collection.slug,
        new Set(
          (fields ?? [])
            .filter((field) => 'localized' in field && field.localized === true && 'name' in field)
            .map((field) => ('name' in field ? field.name : '')),
        ),
      ] as const
    }),
  )
  useEffect(
    () =>
      observeAdmin(
        (root) => {
          applyDirections(root, code, rtl, localizedColumns)
        },
        ['data-rtl'],
      ),
    // `localizedColumns` follows the config, which does not change while the admin runs.
    [code, rtl],
  )
  return <>{children}</>
}
