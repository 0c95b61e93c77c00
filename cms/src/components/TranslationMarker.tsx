'use client'
/**
 * Beside every localized text in the edit view: the field's translation state in the language
 * being edited (missing, out of date since the other language changed, or up to date), the other
 * language's text read-only in its own `lang`/`dir` (beside the field on a wide screen, under it on
 * a phone), and "Mark as translated" for a text that is still right after its source changed.
 * The state follows the one rule of lib/translationStatus.ts; marking fills the document's
 * `markTranslated`, which the next save (autosave included) records and empties.
 */
import { useDocumentInfo, useField, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { formatDate } from '@mahjar/shared/format'
import { getLocale, localeOrDefault, otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import { messageIn } from '../i18n/messages.ts'
import { isObject } from '../lib/localeData.ts'
import { fieldState, isFilled, isLedger, textOf } from '../lib/translationStatus.ts'

type Data = Record<string, unknown>

/** One read of the document in the other language per edit view, shared by all its fields. */
const otherReads = new Map<string, Promise<Data>>()

function readOther(collection: string, id: string, locale: LocaleCode): Promise<Data> {
  const url = `/api/${collection}/${id}?locale=${locale}&fallback-locale=none&draft=true&depth=0`
  let read = otherReads.get(url)
  if (!read) {
    read = fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Data>) : {}))
      .catch(() => ({}))
    otherReads.set(url, read)
    // Fresh on the next visit: the other language may be edited in the meantime.
    setTimeout(() => otherReads.delete(url), 10_000)
  }
  return read
}

/** A value by ledger path (`chapters.<rowId>.title`): list rows are found by their id. */
function valueAt(doc: Data, ledgerPath: string): unknown {
  let value: unknown = doc
  for (const segment of ledgerPath.split('.')) {
    if (Array.isArray(value))
      value = value.find((row) => isObject(row) && String(row.id) === segment)
    else value = isObject(value) ? value[segment] : undefined
  }
  return value
}

const rowId = (id: unknown, index: string) =>
  typeof id === 'string' || typeof id === 'number' ? String(id) : index

export function TranslationMarker({ path, readOnly }: { path: string; readOnly?: boolean }) {
  const { i18n } = useTranslation()
  const lang = localeOrDefault(i18n.language)
  const { code } = useLocale()
  const locale: LocaleCode = localeOrDefault(code)
  const other = otherLocale(locale)
  const { id, collectionSlug } = useDocumentInfo()
  const { value, initialValue } = useField<unknown>({ path })
  const marks = useField<unknown>({ path: 'markTranslated' })
  const ledger = useFormFields(([fields]) => fields.translationLedger?.value)
  // The form names a row by its index (`chapters.0.title`), the ledger by its id.
  const ledgerPath = useFormFields(([fields]) =>
    path
      .split('.')
      .map((segment, index, all) =>
        /^\d+$/.test(segment)
          ? rowId(fields[[...all.slice(0, index + 1), 'id'].join('.')]?.value, segment)
          : segment,
      )
      .join('.'),
  )
  // Nothing is said until the other language is read: a state guessed without it could be wrong.
  const [source, setSource] = useState<{ value: unknown } | undefined>(undefined)

  useEffect(() => {
    if (id === undefined || !collectionSlug) return
    let live = true
    void readOther(collectionSlug, String(id), other).then((doc) => {
      if (live) setSource({ value: valueAt(doc, ledgerPath) })
    })
    return () => {
      live = false
    }
  }, [collectionSlug, id, other, ledgerPath])

  if (source === undefined) return null
  const marked = Array.isArray(marks.value) ? (marks.value as unknown[]) : []
  const isMarked = marked.includes(ledgerPath)
  const typedNow = textOf(value) !== textOf(initialValue)
  const filled = { [locale]: isFilled(value), [other]: isFilled(source.value) } as Record<
    LocaleCode,
    boolean
  >
  const lagging = isLedger(ledger) ? ledger[ledgerPath] : undefined
  // Typed or marked since the view opened: a translation that the next save records.
  const state =
    (typedNow || isMarked) && filled[locale] ? 'current' : fieldState(locale, filled, lagging)
  if (!filled[locale] && !filled[other]) return null

  const sourceName = messageIn(lang, `textIn.${other}`)
  const since = lagging?.[locale]
  const stateText =
    state === 'missing'
      ? messageIn(lang, 'translationMissing')
      : state === 'outdated'
        ? messageIn(lang, `translationOutdated.${other}`, {
            date: since ? formatDate(lang, since.slice(0, 10)) : '',
          })
        : isMarked
          ? messageIn(lang, 'translationMarked')
          : messageIn(lang, 'translationCurrent')
  const shown = getLocale(other)

  return (
    <div className="translation-marker" data-state={state} data-ledger-path={ledgerPath}>
      <p className="translation-marker__state">
        <span>{stateText}</span>
        {state === 'outdated' && !readOnly && (
          <button
            type="button"
            className="translation-marker__mark"
            onClick={() => {
              marks.setValue([...marked, ledgerPath])
            }}
          >
            {messageIn(lang, 'markTranslated')}
          </button>
        )}
      </p>
      {filled[other] && (
        <figure className="translation-marker__source">
          <figcaption>{sourceName}</figcaption>
          <blockquote lang={shown.code} dir={shown.dir}>
            {textOf(source.value)}
          </blockquote>
        </figure>
      )}
    </div>
  )
}
