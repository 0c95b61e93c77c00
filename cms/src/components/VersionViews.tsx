'use client'
/**
 * The two version screens, as an editor reads them:
 * - the versions list shows who made each version: Payload 3.90's list has fixed columns (date,
 *   version id, status) and no way to add one, so the version-id column, a uuid that tells an
 *   editor nothing, shows the author instead (names from collections/versionAuthors.ts);
 * - the comparison names the content languages in the admin's language («العربية، الإنجليزية»,
 *   not Payload's codes «ar, en») and marks each language's text with its `lang` and `dir`, so an
 *   English version reads left to right (and is read as English) in the Arabic admin.
 * Only attributes and the text of leaf text nodes change, never React's element tree
 * (observeAdmin keeps it true as the views render).
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import { type ReactNode, useEffect } from 'react'
import { messageIn } from '../i18n/messages.ts'
import { observeAdmin, within } from './observeAdmin.ts'
import { getLocale, localeOrDefault } from '@mahjar/shared/locales'

type Language = { name: string; dir: 'ltr' | 'rtl' }

const versionsPath = /\/collections\/([\w-]+)\/([\w-]+)\/versions(?:\/|$)/
const authorsByDoc = new Map<string, Promise<Record<string, string>>>()

function authorsOf(apiRoute: string, collection: string, id: string) {
  const key = `${collection}/${id}`
  let authors = authorsByDoc.get(key)
  if (!authors) {
    authors = fetch(`${apiRoute}/${collection}/${id}/version-authors`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { authors: {} }))
      .then((body: { authors?: Record<string, string> }) => body.authors ?? {})
      .catch(() => ({}))
    authorsByDoc.set(key, authors)
  }
  return authors
}

/** Replaces the text of a leaf's only text node (React keeps its node; only the text changes). */
function setLeafText(element: Element, text: string): void {
  const node = element.firstChild
  if (element.childNodes.length === 1 && node?.nodeType === Node.TEXT_NODE) {
    if (node.nodeValue !== text) node.nodeValue = text
  }
}

function nameLanguages(root: Element, languages: Map<string, Language>, separator: string) {
  for (const list of within(root, '.view-version__toggle-locales-list')) {
    const codes = list.textContent.split(',').map((code) => code.trim())
    if (codes.every((code) => languages.has(code))) {
      setLeafText(list, codes.map((code) => languages.get(code)?.name).join(separator))
    }
  }
  for (const label of within(root, '.field-diff__locale-label')) {
    const language = languages.get(label.textContent.trim())
    if (language) setLeafText(label, language.name)
  }
  for (const localeValue of within(root, '.render-field-diffs__locale[data-locale]')) {
    const code = localeValue.getAttribute('data-locale') ?? ''
    const language = languages.get(code)
    if (!language) continue
    for (const content of within(localeValue, '.field-diff-content')) {
      if (content.getAttribute('lang') !== code) content.setAttribute('lang', code)
      if (content.getAttribute('dir') !== language.dir) content.setAttribute('dir', language.dir)
    }
  }
}

function nameAuthors(authors: Record<string, string>, heading: string, unknown: string) {
  for (const label of within(document.body, '.versions #heading-id .sort-column__label')) {
    setLeafText(label, heading)
  }
  for (const cell of within(document.body, '.versions td.cell-id')) {
    const text = cell.textContent.trim()
    if (text === cell.dataset.author) continue
    const author = authors[text] ?? unknown
    cell.dataset.versionId = text
    cell.dataset.author = author
    setLeafText(cell, author)
  }
}

export function VersionViews({ children }: { children?: ReactNode }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = localeOrDefault(i18n.language)
  const apiRoute = `${config.serverURL}${config.routes.api}`
  const locales = config.localization ? config.localization.locales : []
  const languages = new Map<string, Language>(
    locales.map((locale) => [
      locale.code,
      {
        name: getTranslation(locale.label, i18n),
        dir: locale.rtl === true ? 'rtl' : 'ltr',
      },
    ]),
  )
  const separator = getLocale(language).listComma
  useEffect(
    () =>
      observeAdmin((root) => {
        nameLanguages(root, languages, separator)
        const route = versionsPath.exec(window.location.pathname)
        if (!route || !document.querySelector('.versions td.cell-id')) return
        void authorsOf(apiRoute, route[1] ?? '', route[2] ?? '').then((authors) => {
          nameAuthors(
            authors,
            messageIn(language, 'versionAuthor'),
            messageIn(language, 'versionAuthorUnknown'),
          )
        })
      }, []),
    // `languages` is rebuilt on each render: its content follows `i18n` and the config.
    [i18n, separator, apiRoute, language],
  )
  return <>{children}</>
}
