import { describe, expect, it } from 'vitest'
import { contentSchemas } from '@mahjar/shared/schemas/collections'
import { currentStatus, followUpStatusOrder } from '@mahjar/shared/follow-up'
import { syntheticMark, syntheticRecommendations } from '@mahjar/scripts/bench/lib/synthetic'
import { reportSlug } from '../../helpers/constants.ts'

const audiences = [
  'diaspora-activists-and-organisations',
  'local-civil-society',
  'donors-ingos-and-governments',
]
const themes = [
  'funding',
  'advocacy',
  'skills-and-training',
  'countering-extremism',
  'climate-and-environment',
]
const options = { report: reportSlug, audiences, themes, findings: ['AIE-F01', 'AIE-F04'] }

describe('synthetic recommendations for benchmarks', () => {
  const recs = syntheticRecommendations({ ...options, count: 500, seed: 42 })

  it('are valid content documents with unique codes that match their numbers', () => {
    for (const rec of recs) expect(contentSchemas.recommendations.safeParse(rec).success).toBe(true)
    expect(new Set(recs.map((r) => r.code)).size).toBe(500)
    expect(recs[11]).toMatchObject({ code: 'SYN-S12', number: 'S.12' })
  })

  it('are the same for the same seed and differ for another', () => {
    expect(syntheticRecommendations({ ...options, count: 20, seed: 42 })).toEqual(recs.slice(0, 20))
    expect(syntheticRecommendations({ ...options, count: 20, seed: 43 })).not.toEqual(
      recs.slice(0, 20),
    )
  })

  it('use every audience and theme given', () => {
    expect(new Set(recs.flatMap((r) => r.audiences))).toEqual(new Set(audiences))
    expect(new Set(recs.flatMap((r) => r.themes))).toEqual(new Set(themes))
  })

  it('read as Arabic and English of the study’s lengths', () => {
    const median = (values: number[]) =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
    for (const rec of recs) {
      expect(rec.text.ar).toMatch(/^[\p{Script=Arabic}\s،.()-]+$/u)
      expect(rec.text.en).toMatch(/^[A-Z][A-Za-z\s,.()-]+$/)
    }
    expect(median(recs.map((r) => (r.text.ar ?? '').length))).toBeGreaterThan(80)
    expect(median(recs.map((r) => (r.text.ar ?? '').length))).toBeLessThan(250)
    expect(Math.max(...recs.map((r) => (r.text.en ?? '').length))).toBeGreaterThan(400)
  })

  it('carry synthetic follow-up on about 60 %: 1–4 entries, marked, to their own audiences, every status', () => {
    const followed = recs.filter((r) => r.followUp.length > 0)
    expect(followed.length / recs.length).toBeGreaterThan(0.5)
    expect(followed.length / recs.length).toBeLessThan(0.7)
    for (const rec of followed) {
      expect(rec.followUp.length).toBeGreaterThanOrEqual(1)
      expect(rec.followUp.length).toBeLessThanOrEqual(4)
      for (const entry of rec.followUp) {
        expect(rec.audiences).toContain(entry.audience)
        expect(entry.statement.ar?.startsWith(syntheticMark.ar)).toBe(true)
        expect(entry.statement.en?.startsWith(syntheticMark.en)).toBe(true)
      }
    }
    const current = new Set(recs.map((r) => currentStatus(r.followUp).status))
    expect([...current].sort()).toEqual([...followUpStatusOrder].sort())
  })
})
