'use client'
/**
 * Repairs, in the browser, the admin text that Payload 3.90 cannot be configured to get right:
 * - accessible names built from a label object («إنشاء [object Object] جديد», "Sort by
 *   [object Object] Ascending") get the text of the label they stand next to;
 * - a localized field's label ends in the locale code ("— ar"): it shows the content language's
 *   name in the admin's language instead;
 * - English written by libraries without a translation key (Lexical, dnd-kit, sonner, Payload's
 *   "ID") is replaced in the Arabic admin (strings: i18n/payloadArabic.ts);
 * - the header's invisible localizer placeholder no longer announces itself as "invisible".
 * Only attributes and the text of leaf text nodes are changed, never React's element tree.
 */
import { useLocale, useTranslation } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import { type ReactNode, useEffect } from 'react'
import { editPrefix, hardCodedEnglish, itemNoun } from '../i18n/payloadArabic.ts'
import { observeAdmin, within } from './observeAdmin.ts'

const broken = /\[object Object\]|\{\{label\}\}/g
const dndInstructions = 'To pick up a draggable item, press the space bar.'

function nearbyLabel(element: Element, fallback: string): string {
  const sortLabel = element
    .closest('.sort-column, .sort-header')
    ?.querySelector('.sort-column__label, .sort-header__label')
  const cardTitle = element.closest('.card')?.querySelector('.card__title')
  const fieldLabel = element.closest('.field-type')?.querySelector('.field-label')
  const text = (sortLabel ?? cardTitle ?? fieldLabel)?.textContent.replace('*', '').trim()
  return text || fallback
}

function repair(root: Element, arabic: boolean, localeLabel: string, noun: string): void {
  for (const name of ['aria-label', 'title']) {
    for (const element of within(root, `[${name}*="[object Object]"], [${name}*="{{label}}"]`)) {
      const value = element.getAttribute(name) ?? ''
      element.setAttribute(name, value.replace(broken, nearbyLabel(element, noun)))
    }
  }
  // Payload names its dialogs by their internal slug ("copy-locale", "doc-drawer_reports_1_…").
  for (const dialog of within(root, 'dialog[aria-label]')) {
    const label = dialog.getAttribute('aria-label') ?? ''
    if (!/^[\w-]+$/.test(label)) continue
    const title = dialog.querySelector('h1, h2, h3')?.textContent.trim()
    // An English title ("Report") or noun ("item") matches the slug pattern again: setting the
    // same value would queue another mutation, and the observer would loop forever (the English
    // admin froze when a relationship drawer opened).
    const name = title || noun
    if (label !== name) dialog.setAttribute('aria-label', name)
  }
  for (const spacer of within(root, '.app-header__localizer-spacing[aria-label]')) {
    spacer.removeAttribute('aria-label')
    spacer.setAttribute('aria-hidden', 'true')
  }
  for (const marker of within(root, '.field-label .localized')) {
    if (marker.dataset.localeLabel !== localeLabel) marker.dataset.localeLabel = localeLabel
  }
  for (const checkbox of within<HTMLInputElement>(root, 'input[type="checkbox"][title]')) {
    if (checkbox.title !== checkbox.name) continue
    const label = checkbox.closest('.field-type')?.querySelector('.field-label, label')
    const text = label?.textContent.replace('*', '').trim()
    if (text && text !== checkbox.title) checkbox.title = text
  }
  if (!arabic) return
  for (const name of ['aria-label', 'title']) {
    for (const element of within(root, `[${name}]`)) {
      const value = element.getAttribute(name) ?? ''
      const arabicText =
        hardCodedEnglish[value] ??
        (value.startsWith(editPrefix.en)
          ? `${editPrefix.ar}${value.slice(editPrefix.en.length)}`
          : undefined)
      if (arabicText) element.setAttribute(name, arabicText)
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim()
    const arabicText = hardCodedEnglish[text.startsWith(dndInstructions) ? dndInstructions : text]
    if (arabicText && !node.parentElement?.closest('[contenteditable], input, textarea')) {
      node.nodeValue = arabicText
    }
  }
}

export function AdminLanguageRepairs({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const locale = useLocale()
  const arabic = i18n.language === 'ar'
  const localeLabel = getTranslation(locale.label, i18n)
  const noun = itemNoun[arabic ? 'ar' : 'en']
  useEffect(
    () =>
      observeAdmin(
        (root) => {
          repair(root, arabic, localeLabel, noun)
        },
        ['aria-label', 'title'],
      ),
    [arabic, localeLabel, noun],
  )
  return <>{children}</>
}
