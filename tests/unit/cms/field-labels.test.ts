/**
 * Every admin field label exists in each published language and reads as words of that language:
 * an Arabic label has Arabic letters, and an English label is never a code name. A rename of the
 * type `Label` once rewrote two English labels to «InEveryLanguage» (review, 2 December).
 */
import { describe, expect, it } from 'vitest'
import { localeCodes } from '@mahjar/shared/locales'
import { cmsCollections, walkFields } from '../../helpers/cms-collections.ts'

const arabicLetter = /[\u0621-\u064A]/
/** `InEveryLanguage`, `LocalizedText`: two or more capitalised words run together. */
const codeName = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/

describe('admin field labels', async () => {
  const labelled = (await cmsCollections()).flatMap((collection) =>
    walkFields(collection.fields, collection.slug).flatMap(({ path, field }) => {
      const label = (field as { label?: unknown }).label
      return typeof label === 'object' && label !== null
        ? [{ path, label: label as Record<string, unknown> }]
        : []
    }),
  )

  it('are found (the walk reads the collections)', () => {
    expect(labelled.length).toBeGreaterThan(100)
  })

  it.each(labelled)('$path has a label in every language, each in its own words', ({ label }) => {
    for (const lang of localeCodes) expect(typeof label[lang]).toBe('string')
    expect(String(label.ar)).toMatch(arabicLetter)
    expect(String(label.en)).not.toMatch(codeName)
    expect(String(label.en).trim()).not.toBe('')
  })
})
