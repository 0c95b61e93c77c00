/**
 * A sender who chooses initials is published, and kept, by initials alone
 * (cms/src/submissions/readForm.ts): one letter per word, in any script, without Arabic's article.
 */
import { describe, expect, it } from 'vitest'
import { initialsOf } from '@mahjar/cms/submissions/readForm'

describe('initials of a name', () => {
  it.each([
    ['Mariam Haddad', 'M. H.'],
    ['Jean-Luc Picard', 'J. L. P.'],
    ['  Ali  ', 'A.'],
    ['ليلى حداد', 'ل. ح.'],
    ['سلمى الحلبي', 'س. ح.'],
    ['عبد الله الأحمد', 'ع. ل. أ.'],
    ['Ömer Çelik', 'Ö. Ç.'],
    ['A B C D E F', 'A. B. C. D.'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials)
  })
})
