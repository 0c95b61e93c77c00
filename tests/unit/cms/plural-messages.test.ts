/**
 * Messages that carry a count take the plural form of their language (Intl.PluralRules): Arabic
 * has six (one, two, few, many, other; zero), so the sign-in wait never reads «10 ثانية».
 */
import { describe, expect, it } from 'vitest'
import { messageIn } from '@mahjar/cms/i18n/messages'

const wait = (lang: 'ar' | 'en', seconds: number) =>
  messageIn(lang, 'loginThrottled', { seconds }).replace(/^.*(?:بعد|in) /, '')

describe('the sign-in wait in Arabic', () => {
  it.each([
    [1, 'ثانية واحدة'],
    [2, 'ثانيتين'],
    [3, '3 ثوانٍ'],
    [10, '10 ثوانٍ'],
    [11, '11 ثانية'],
    [99, '99 ثانية'],
    [100, '100 ثانية'],
    [102, '102 ثانية'],
    [103, '103 ثوانٍ'],
    [300, '300 ثانية'],
  ])('reads %i seconds as «%s»', (seconds, expected) => {
    expect(wait('ar', seconds)).toBe(expected)
  })

  it('never says «10 ثانية» or leaves a placeholder, for any wait up to the five-minute cap', () => {
    for (let seconds = 1; seconds <= 300; seconds += 1) {
      const text = messageIn('ar', 'loginThrottled', { seconds })
      expect(text).not.toContain('{')
      const category = new Intl.PluralRules('ar').select(seconds)
      if (category === 'few') expect(text).toContain(`${String(seconds)} ثوانٍ`)
      else expect(text).not.toContain('ثوانٍ')
    }
  })
})

describe('the sign-in wait in English', () => {
  it.each([
    [1, '1 second'],
    [2, '2 seconds'],
    [10, '10 seconds'],
  ])('reads %i seconds as "%s"', (seconds, expected) => {
    expect(wait('en', seconds)).toBe(expected)
  })
})
