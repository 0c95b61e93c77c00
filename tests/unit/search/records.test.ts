/**
 * Search records of the fixture snapshot, which has untranslated fields: the index must still
 * find them in either language, and the text a result shows must say which language it is in.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readSnapshot } from '@mahjar/publish/snapshot'
import { searchRecords, type SearchRecord } from '@mahjar/publish/outputs/search-records'
import { urls } from '@mahjar/shared/urls'
import { siteFixture } from '../../helpers/constants.ts'
import { fixtureSnapshotDir } from '../../helpers/site-build.ts'

let records: SearchRecord[]

function recordAt(url: string): SearchRecord {
  const found = records.find((r) => r.url === url)
  if (!found) throw new Error(`no search record for ${url}`)
  return found
}

beforeAll(async () => {
  records = searchRecords(await readSnapshot(fixtureSnapshotDir))
})

describe('search records of untranslated text', () => {
  it('an Arabic-only statement is the English record’s title, marked as Arabic', () => {
    const record = recordAt(urls.finding('en', siteFixture.findingArabicOnly))
    expect(record.meta.title).toMatch(/[\u0600-\u06FF]/)
    expect(record.meta.titleLang).toBe('ar')
  })

  it('an English-only recommendation is the Arabic record’s title, marked as English', () => {
    const record = recordAt(urls.recommendation('ar', siteFixture.recommendationEnglishOnly))
    expect(record.meta.title).toBe('Involve diaspora organisations in countering extremism.')
    expect(record.meta.titleLang).toBe('en')
  })

  it('a partly translated record shows only its translated text, but the index keeps all of it', () => {
    const record = recordAt(urls.practice('ar', 'kampala-for-all'))
    expect(record.meta.titleLang).toBe('en')
    expect(record.meta.text).toBe('مدينة كمبالا')
    expect(record.meta.textLang).toBeUndefined()
    expect(record.content).toContain('A city plan for including migrants in Kampala.')
    expect(record.content).toContain('مدينة كمبالا')
  })

  it('every title is marked exactly when it is written in the other language’s script', () => {
    const arabicScript = /[\u0600-\u06FF]/
    for (const record of records) {
      const inOwnScript = arabicScript.test(record.meta.title) === (record.language === 'ar')
      expect(record.meta.titleLang === undefined, record.url).toBe(inOwnScript)
    }
    expect(records.filter((r) => r.meta.titleLang).length).toBeGreaterThanOrEqual(3)
  })
})

describe('search records of follow-up', () => {
  it('a recommendation record carries its derived status as a filter and its follow-up statements as text', () => {
    for (const lang of ['ar', 'en'] as const) {
      const followed = recordAt(urls.recommendation(lang, 'AIE-B1-11'))
      expect(followed.filters.status).toEqual(['in-progress'])
      expect(followed.content).toContain(
        lang === 'ar' ? 'بدأت أول منحة أساسية' : 'A first three-year core grant started',
      )
      expect(recordAt(urls.recommendation(lang, 'AIE-C2')).filters.status).toEqual(['noted'])
      expect(recordAt(urls.recommendation(lang, 'AIE-A1')).filters.status).toEqual(['none'])
    }
    expect(records.filter((r) => r.meta.type !== 'recommendation' && r.filters.status)).toEqual([])
  })
})
