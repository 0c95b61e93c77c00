/**
 * The code "Create new" suggests: the next free one in the newest code's series, padding kept,
 * never one already taken.
 */
import { describe, expect, it } from 'vitest'
import { suggestCode } from '@mahjar/cms/fields/nextValue'

describe('the suggested code', () => {
  it('follows the newest code of the series, keeping its zero padding', () => {
    expect(suggestCode(['AIE-F09', 'AIE-F08', 'AIE-F01'])).toBe('AIE-F10')
  })

  it('goes past the highest number of the series even when the newest is not the highest', () => {
    expect(suggestCode(['AIE-F03', 'AIE-F30', 'AIE-F29'])).toBe('AIE-F31')
  })

  it('stays in the series of the newest code (recommendations with nested numbers)', () => {
    expect(suggestCode(['AIE-B1-11', 'AIE-A1', 'AIE-B1-12'])).toBe('AIE-B1-13')
  })

  it('suggests nothing when no code ends in a number', () => {
    expect(suggestCode([])).toBeUndefined()
    expect(suggestCode(['DRAFT'])).toBeUndefined()
  })
})
