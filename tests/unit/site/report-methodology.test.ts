/**
 * The report page's method figures: each count takes its noun's plural form. Arabic has six
 * (CLDR: 104 is "few", so «ناشطين»; 178 is "many", so «مدعوًا»); English has one and other.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '@mahjar/shared/schemas/collections'
import { loadContent } from '@mahjar/scripts/lib/content/load-content'
import { methodFigures } from '@mahjar/site/lib/methodology'
import { reportSlug } from '../../helpers/constants.ts'
import { fromRoot } from '../../helpers/paths.ts'

/** The seeded study's counts, as content/ has them: 104 of 178 activists, 12 of 16 organisations. */
let seeded: Report['methodology']

beforeAll(async () => {
  const { reports } = (await loadContent(fromRoot('content'))).documents
  const report = reports.find((r) => r.key === reportSlug)
  if (!report) throw new Error(`content/ lacks the report ${reportSlug}`)
  seeded = report.doc.methodology
})

const counts = (activistsResponded: number, activistsInvited: number) => ({
  ...seeded,
  activistsResponded,
  activistsInvited,
})

describe('the method figures of the seeded study', () => {
  it.each([
    [
      'ar',
      {
        activists: 'ناشطين أجابوا من أصل 178 مدعوًا',
        organisations: 'منظمة أُجريت معها مقابلات من أصل 16 تواصلنا معها',
        origin: 'بلدان المنشأ',
        host: 'البلدان المضيفة',
      },
    ],
    [
      'en',
      {
        activists: 'activists responded, of 178 invited',
        organisations: 'organisations interviewed, of 16 contacted',
        origin: 'Countries of origin',
        host: 'Host countries',
      },
    ],
  ] as const)('read in %s after 104 respondents and 12 organisations: %o', (lang, expected) => {
    expect(methodFigures(lang, seeded)).toEqual(expected)
  })
})

// Each sentence follows its figure on the page («1» then «ناشط أجاب…»), so no form repeats the
// number in words or denies it.
describe('the activists figure, one plural form per count', () => {
  it.each([
    ['ar', 0, 178, 'ناشط أجاب من أصل 178 مدعوًا'],
    ['ar', 1, 1, 'ناشط أجاب من أصل مدعو واحد'],
    ['ar', 2, 2, 'ناشطان أجابا من أصل مدعوَّين اثنين'],
    ['ar', 3, 10, 'ناشطين أجابوا من أصل 10 مدعوين'],
    ['ar', 11, 100, 'ناشطًا أجابوا من أصل 100 مدعو'],
    ['ar', 100, 104, 'ناشط أجابوا من أصل 104 مدعوين'],
    ['ar', 104, 111, 'ناشطين أجابوا من أصل 111 مدعوًا'],
    ['en', 0, 1, 'activists responded, of 1 invited'],
    ['en', 1, 2, 'activist responded, of 2 invited'],
    ['en', 2, 11, 'activists responded, of 11 invited'],
    ['en', 104, 1000, 'activists responded, of 1,000 invited'],
  ] as const)('%s: %i of %i invited reads «%s»', (lang, responded, invited, expected) => {
    expect(methodFigures(lang, counts(responded, invited)).activists).toBe(expected)
  })
})

describe('the organisations and countries in Arabic and English', () => {
  it('take the singular and the dual for one and two', () => {
    const one = { ...seeded, organisationsInterviewed: 1, organisationsContacted: 1 }
    const two = { ...seeded, organisationsInterviewed: 2, organisationsContacted: 2 }
    expect(methodFigures('ar', one).organisations).toBe(
      'منظمة أُجريت معها مقابلات من أصل منظمة واحدة تواصلنا معها',
    )
    expect(methodFigures('ar', two).organisations).toBe(
      'منظمتان أُجريت معهما مقابلات من أصل منظمتين تواصلنا معهما',
    )
    expect(methodFigures('en', one).organisations).toBe('organisation interviewed, of 1 contacted')
    const countries = { ...seeded, countriesOfOrigin: ['SY'], hostCountries: ['DE', 'TR'] }
    expect(methodFigures('ar', countries)).toMatchObject({
      origin: 'بلد المنشأ',
      host: 'البلدان المضيفان',
    })
    expect(methodFigures('en', countries)).toMatchObject({
      origin: 'Country of origin',
      host: 'Host countries',
    })
  })
})
