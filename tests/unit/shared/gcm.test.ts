import { describe, expect, it } from 'vitest'
import { gcmObjectiveCount, gcmObjectives, gcmObjectiveTitle } from '@mahjar/shared/gcm'
import { localeCodes } from '@mahjar/shared/locales'

describe('the Global Compact for Migration objectives', () => {
  it('names all 23, numbered 1 to 23, in both languages', () => {
    expect(Object.keys(gcmObjectives).map(Number)).toEqual(
      Array.from({ length: gcmObjectiveCount }, (_, i) => i + 1),
    )
    for (const objective of Object.values(gcmObjectives)) {
      expect(objective.en).toMatch(/^[A-Z][a-z]/)
      expect(objective.ar).toMatch(/^[\u0600-\u06FF]/)
      expect(new Set(localeCodes.map((lang) => objective[lang])).size).toBe(localeCodes.length)
    }
  })

  it('gives the resolution’s own titles and refuses a number the compact lacks', () => {
    expect(gcmObjectiveTitle(19, 'en')).toBe(
      'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
    )
    expect(gcmObjectiveTitle(13, 'en')).toBe(
      'Use migration detention only as a measure of last resort and work towards alternatives',
    )
    expect(() => gcmObjectiveTitle(24, 'ar')).toThrow(/no objective 24/)
  })
})
