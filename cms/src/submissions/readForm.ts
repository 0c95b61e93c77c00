/**
 * Reads and checks what the site's "Raise your voice" form sent, before anything is stored: the
 * choices against the shared lists (shared/src/schemas/submissions.ts), the lengths against the
 * shared limits, plain text only (no markup), consent, and the honeypot. The first problem found
 * is returned as a message key (worded in the sender's language by the caller). The file is
 * checked here only for presence and size; its real type and content are judged from its bytes
 * when it is cleaned (cleanMedia.ts).
 */
import { slugPattern } from '@mahjar/shared/identifiers'
import { yearRange } from '@mahjar/shared/schemas/common'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import {
  nameChoices,
  submissionAddressees,
  submissionKinds,
  submissionLimits,
  type NameChoice,
  type SubmissionAddressee,
  type SubmissionKind,
} from '@mahjar/shared/schemas/submissions'
import { hasMarkup } from '../fields/validators.ts'
import type { MessageKey } from '../i18n/messages.ts'

export interface SubmissionForm {
  readonly lang: LocaleCode
  readonly campaign: string
  readonly year: number
  readonly kind: SubmissionKind
  readonly title?: string
  readonly text?: string
  readonly addressee?: SubmissionAddressee
  readonly nameShown: NameChoice
  /** What the site will show: the name as given, its initials, or nothing (anonymous). */
  readonly shownName?: string
  readonly file?: File
}

export interface SubmissionProblem {
  readonly key: MessageKey
  readonly params?: Record<string, number | string>
  readonly status: number
}

type Read = { form: SubmissionForm } | { problem: SubmissionProblem }

const refuse = (key: MessageKey, params?: Record<string, number | string>): Read => ({
  problem: { key, status: 400, ...(params ? { params } : {}) },
})

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)

/** The form's language, for every answer, even to a form too broken to read further. */
export function formLanguage(value: string | File | null, fallback: LocaleCode): LocaleCode {
  return typeof value === 'string' && isOneOf(localeCodes, value) ? value : fallback
}

/** A text field as people mean it: trimmed, NFC, line ends as `\n`; '' when absent or a file. */
function textOf(form: FormData, name: string): string {
  const value = form.get(name)
  if (typeof value !== 'string') return ''
  return value.replace(/\r\n?/g, '\n').normalize('NFC').trim()
}

/** Control characters other than line breaks and tabs: no person types them. */
const controlPattern = /[^\P{Cc}\n\t]/u

function checkText(value: string, max: number, key: MessageKey): Read | undefined {
  if (value.length > max) return refuse(key, { max, length: value.length })
  if (hasMarkup(value) || controlPattern.test(value)) return refuse('submissionPlainText')
  return undefined
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const firstLetter = (word: string) =>
  graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? ''

/**
 * Initials of a name in any script: the first letter of each word, at most four. Arabic's article
 * is not the name: «سلمى الحلبي» is «س. ح.», not «س. ا.».
 */
export function initialsOf(name: string): string {
  const words = name
    .split(/[\s\-–—_.]+/u)
    .map((word) => word.replace(/^ال(?=\p{L}{2})/u, ''))
    .filter(Boolean)
  return words
    .slice(0, 4)
    .map((word) => `${firstLetter(word)}.`)
    .join(' ')
}

export function readSubmissionForm(form: FormData, fallbackLang: LocaleCode): Read {
  const lang = formLanguage(form.get('lang'), fallbackLang)
  if (textOf(form, 'website') !== '') return refuse('submissionHoneypot')
  const kind = textOf(form, 'kind')
  if (!isOneOf(submissionKinds, kind)) return refuse('submissionKind')
  const campaign = textOf(form, 'campaign')
  const year = Number(textOf(form, 'year'))
  if (
    !slugPattern.test(campaign) ||
    !Number.isInteger(year) ||
    year < yearRange.min ||
    year > yearRange.max
  )
    return refuse('submissionEdition')

  const title = textOf(form, 'title')
  const text = textOf(form, 'text')
  const titleProblem = checkText(title, submissionLimits.titleChars, 'submissionTitleLong')
  if (titleProblem) return titleProblem
  const textProblem = checkText(text, submissionLimits.textChars, 'submissionTextLong')
  if (textProblem) return textProblem

  const upload = form.get('file')
  const file = upload instanceof File && upload.size > 0 ? upload : undefined
  if (kind === 'story' && text === '') return refuse('submissionStoryMissing')
  if (kind === 'story' && file) return refuse('submissionStoryFile')
  if (kind === 'message' && text === '' && !file) return refuse('submissionMessageMissing')
  if (kind === 'demand' && text === '') return refuse('submissionDemandMissing')
  if (kind === 'demand' && !file) return refuse('submissionPhotoMissing')

  const addresseeValue = textOf(form, 'addressee')
  let addressee: SubmissionAddressee | undefined
  if (kind === 'demand') {
    if (!isOneOf(submissionAddressees, addresseeValue)) return refuse('submissionAddressee')
    addressee = addresseeValue
  }

  const nameShownValue = textOf(form, 'nameShown') || 'anonymous'
  if (!isOneOf(nameChoices, nameShownValue)) return refuse('submissionNameChoice')
  const name = textOf(form, 'name')
  const nameProblem = checkText(name, submissionLimits.nameChars, 'submissionNameLong')
  if (nameProblem) return nameProblem
  if (nameShownValue !== 'anonymous' && name === '') return refuse('submissionNameMissing')

  if (textOf(form, 'consent') !== 'yes') return refuse('submissionConsent')

  // Only what will be shown is kept: no name for the anonymous, only initials for initials.
  const shownName =
    nameShownValue === 'name' ? name : nameShownValue === 'initials' ? initialsOf(name) : undefined
  return {
    form: {
      lang,
      campaign,
      year,
      kind,
      ...(title ? { title } : {}),
      ...(text ? { text } : {}),
      ...(addressee ? { addressee } : {}),
      nameShown: nameShownValue,
      ...(shownName ? { shownName } : {}),
      ...(file ? { file } : {}),
    },
  }
}
