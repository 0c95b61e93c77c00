/**
 * Every custom message the CMS sends, in both admin languages. The words are in the CMS
 * dictionary (`shared/src/i18n/cms/<lang>.json`, keys `cms.error.*` and `cms.ui.*`), read through
 * i18next like the site's; a message that depends on a number has the plural forms its language
 * needs there (`_zero`, `_one`, `_two`, `_few`, `_many`, `_other`), which i18next chooses with
 * `Intl.PluralRules`: Arabic reads «ثانية واحدة», «ثانيتين», «3 ثوانٍ» … «10 ثوانٍ», «11 ثانية».
 * The language is the request's (`Accept-Language`, or the admin's language cookie); Arabic
 * otherwise.
 */
import type { PayloadRequest } from 'payload'
import { enumLabels } from '@mahjar/shared/i18n'
import {
  cmsMessages,
  cmsTranslate,
  isPluralKey,
  labels,
  type CmsKey,
} from '@mahjar/shared/cms-i18n'
import {
  defaultLocale,
  isLocaleCode,
  localeCodes,
  localeOrDefault,
  type LocaleCode,
} from '@mahjar/shared/locales'

type Params = Record<string, number | string>

/** The dictionary groups of messages: refusals and validation errors, and the admin's own texts. */
const groups = ['error', 'ui'] as const
type Group = (typeof groups)[number]

/** A message's name, as callers write it: its dictionary key without `cms.error.` or `cms.ui.`. */
export type MessageKey = CmsKey extends infer K
  ? K extends `cms.${Group}.${infer Name}`
    ? Name
    : never
  : never

/** What is wrong at a path (a field, a query parameter), worded later in the reader's language. */
export type MessageProblem = { path: string; key: MessageKey; params?: Params }

function dictionaryKey(key: MessageKey): CmsKey {
  for (const group of groups) {
    const full = `cms.${group}.${key}`
    if (full in cmsMessages.en || `${full}_other` in cmsMessages.en) return full as CmsKey
  }
  throw new Error(`Unknown CMS message "${key}"`)
}

/** Names of JSON value kinds, for wrongType. */
export const kindNames = labels('cms.kind', [
  'text',
  'number',
  'boolean',
  'list',
  'object',
  'id',
  'null',
] as const)

export type KindName = keyof typeof kindNames

/** The content languages as each admin language names them (the locale switch, the queue). */
export const localeLabels = enumLabels('cite.language', localeCodes)

export function requestLanguage(req: Pick<PayloadRequest, 'i18n'> | undefined): LocaleCode {
  return localeOrDefault(req?.i18n.language)
}

/**
 * The language of a raw HTTP request, before Payload has made one of its own: the admin's
 * language cookie first, then the first supported language in `Accept-Language`; Arabic otherwise.
 */
export function headerLanguage(headers: Headers): LocaleCode {
  const cookie = /(?:^|;\s*)payload-lng=([a-z-]+)/i.exec(headers.get('cookie') ?? '')?.[1]
  if (isLocaleCode(cookie)) return cookie
  for (const part of (headers.get('accept-language') ?? '').split(',')) {
    const tag = part.trim().split(/[-;]/)[0]?.toLowerCase()
    if (isLocaleCode(tag)) return tag
  }
  return defaultLocale
}

export function message(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: MessageKey,
  params: Params = {},
): string {
  return messageIn(requestLanguage(req), key, params)
}

/** A message in a given language: a preview page speaks its page's language, a client component its admin's. */
export function messageIn(language: string, key: MessageKey, params: Params = {}): string {
  const lang = localeOrDefault(language)
  const full = dictionaryKey(key)
  return cmsTranslate(lang)(full, {
    replace: params,
    ...(isPluralKey(full) ? { count: countOf(key, params) } : {}),
  })
}

/**
 * The number a plural message counts: its `count` parameter, else its one numeric parameter
 * (the sign-in wait counts `seconds`).
 */
function countOf(key: MessageKey, params: Params): number {
  if (params.count !== undefined) return Number(params.count)
  const numbers = Object.values(params).filter((value) => typeof value === 'number')
  if (numbers.length !== 1) throw new Error(`The message "${key}" needs one number to count`)
  return numbers[0] as number
}
