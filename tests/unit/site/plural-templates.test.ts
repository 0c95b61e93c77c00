/**
 * The count templates a page hands its script are the dictionary's own plural variants of the key,
 * `{n}` where the number goes, one per form a count can select in the locale.
 */
import { describe, expect, it } from 'vitest'
import { pluralTemplates } from '@mahjar/site/lib/plural-templates'

describe('plural templates for a page script', () => {
  it.each([
    [
      'an Arabic key: all six forms, in CLDR order',
      'ar',
      'search.results',
      {
        zero: 'لا نتائج',
        one: 'نتيجة واحدة',
        two: 'نتيجتان',
        few: '{n} نتائج',
        many: '{n} نتيجة',
        other: '{n} نتيجة',
      },
    ],
    [
      'an English key: zero, one and other, not the forms English never selects',
      'en',
      'findings.count',
      { zero: 'no findings', one: '{n} finding', other: '{n} findings' },
    ],
    [
      'an English key without a zero form: 0 takes "other", as i18next does',
      'en',
      'search.otherLanguage',
      {
        zero: '{n} results in the Arabic edition',
        one: '{n} result in the Arabic edition',
        other: '{n} results in the Arabic edition',
      },
    ],
  ] as const)('%s', (_name, lang, key, expected) => {
    // Byte for byte, key order included: the templates are written into the page as JSON.
    expect(JSON.stringify(pluralTemplates(lang, key))).toBe(JSON.stringify(expected))
  })
})
