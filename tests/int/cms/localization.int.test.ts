import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionSlugs, type CollectionSlug } from '@mahjar/shared/schemas/collections'
import { startTestCms, type Payload, type TestCms } from '../../helpers/payload.ts'
import {
  audience,
  campaignEdition,
  createBilingual,
  finding,
  practice,
  recommendation,
  report,
  story,
  theme,
  rowIds,
  type Builder,
  type RowIds,
} from '../../helpers/payload-fixtures.ts'
import { campaignSlug, campaignYear, reportSlug } from '../../helpers/constants.ts'

let cms: TestCms
let payload: Payload
const ids: Record<string, string> = {}
const builders: Record<string, Builder> = {}
const written: Record<string, RowIds> = {}

type Doc = Record<string, unknown>

/** Saves the collection's builder in both languages, remembering its row ids. */
async function save(collection: CollectionSlug): Promise<string> {
  const build = builders[collection]
  if (!build) throw new Error(`no builder for ${collection}`)
  written[collection] = rowIds()
  return createBilingual(payload, collection, build, 'published', written[collection])
}

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  builders.themes = theme('repression-and-exile')
  ids.themes = await save('themes')
  builders.audiences = audience('diaspora-activists-and-organisations')
  ids.audiences = await save('audiences')
  builders.reports = report(reportSlug, [ids.themes])
  ids.reports = await save('reports')
  builders.findings = finding('AIE-F01', ids.reports)
  ids.findings = await save('findings')
  builders.recommendations = recommendation('AIE-A1', {
    report: ids.reports,
    audience: ids.audiences,
    theme: ids.themes,
    evidence: [ids.findings],
  })
  ids.recommendations = await save('recommendations')
  builders.practices = practice('maghrib-belgium-impulse')
  ids.practices = await save('practices')
  builders['campaign-editions'] = campaignEdition(campaignSlug, campaignYear)
  ids['campaign-editions'] = await save('campaign-editions')
  builders.stories = story('living-together', ids['campaign-editions'])
  ids.stories = await save('stories')
})

afterAll(async () => {
  await cms.close()
})

/** Drops what the CMS adds (ids of docs, timestamps, computed fields) to compare with input. */
function stripComputed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripComputed)
  if (value && typeof value === 'object') {
    const skip = new Set([
      'createdAt',
      'updatedAt',
      '_status',
      'translationStatus',
      'firstPublishedAt',
      'cover',
      'pdf',
      'subtitle',
      'translationNote',
    ])
    return Object.fromEntries(
      Object.entries(value as Doc)
        .filter(([key, v]) => !skip.has(key) && v !== null && v !== undefined)
        .map(([key, v]) => [key, stripComputed(v)]),
    )
  }
  return value
}

describe('localized round trip', () => {
  it.each(collectionSlugs)(
    'a %s document reads back exactly as written, in Arabic and in English',
    async (collection) => {
      for (const lang of ['ar', 'en'] as const) {
        const doc = (await payload.findByID({
          collection,
          id: ids[collection] ?? '',
          locale: lang,
          fallbackLocale: false,
          depth: 0,
        })) as unknown as Doc
        const stored = stripComputed(doc) as Doc
        delete stored.id
        const row = written[collection] ?? rowIds()
        const expected = stripComputed(builders[collection]?.(lang, row)) as Doc
        expect(stored).toMatchObject(expected)
      }
    },
  )

  it('a media file keeps its alt text in Arabic and in English', async () => {
    const onePixelPng = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    const media = await payload.create({
      collection: 'media',
      locale: 'ar',
      data: { alt: 'غلاف التقرير' },
      file: {
        data: onePixelPng,
        mimetype: 'image/png',
        name: 'cover.png',
        size: onePixelPng.length,
      },
    })
    await payload.update({
      collection: 'media',
      id: media.id,
      locale: 'en',
      data: { alt: 'Report cover' },
    })
    const both = await payload.findByID({ collection: 'media', id: media.id, locale: 'all' })
    expect(both.alt).toEqual({ ar: 'غلاف التقرير', en: 'Report cover' })
    expect(both.mimeType).toBe('image/webp')
  })

  it('every ISO country has an Arabic and an English name from the data package', async () => {
    const syria = await payload.findByID({ collection: 'countries', id: 'SY', locale: 'all' })
    expect(syria.code).toBe('SY')
    expect(syria.name).toMatchObject({ ar: 'سوريا', en: expect.stringMatching(/Syria/) as unknown })
    const { totalDocs } = await payload.count({ collection: 'countries' })
    expect(totalDocs).toBeGreaterThanOrEqual(249)
  })
})

describe('fallback between the two languages', () => {
  it('an English reader sees the Arabic text where English is missing, and the reverse', async () => {
    const arabicOnly = await payload.create({
      collection: 'themes',
      locale: 'ar',
      data: { slug: 'arabic-only', name: 'محور بالعربية فقط', order: 2 },
    })
    const englishOnly = await payload.create({
      collection: 'themes',
      locale: 'en',
      data: { slug: 'english-only', name: 'English-only theme', order: 3 },
    })
    const inEnglish = await payload.findByID({
      collection: 'themes',
      id: arabicOnly.id,
      locale: 'en',
    })
    expect(inEnglish.name).toBe('محور بالعربية فقط')
    const inArabic = await payload.findByID({
      collection: 'themes',
      id: englishOnly.id,
      locale: 'ar',
    })
    expect(inArabic.name).toBe('English-only theme')
    const withoutFallback = await payload.findByID({
      collection: 'themes',
      id: englishOnly.id,
      locale: 'ar',
      fallbackLocale: false,
    })
    expect(withoutFallback.name).toBeFalsy()
  })
})

describe('translation status', () => {
  it('a document filled in both languages is missing nothing', async () => {
    const doc = await payload.findByID({ collection: 'findings', id: ids.findings ?? '' })
    expect(doc.translationStatus ?? []).toEqual([])
  })

  it('an Arabic-only draft is "missing English", then complete once English is saved', async () => {
    const build = finding('AIE-F02', ids.reports ?? '')
    const row = rowIds()
    const created = await payload.create({
      collection: 'findings',
      locale: 'ar',
      draft: true,
      data: { ...build('ar', row), _status: 'draft' },
    })
    expect(created.translationStatus).toEqual(['missing-en'])
    const updated = await payload.update({
      collection: 'findings',
      id: created.id,
      locale: 'en',
      draft: true,
      data: { ...build('en', row), _status: 'draft' },
    })
    expect(updated.translationStatus ?? []).toEqual([])
  })

  it('an English-only addition makes the document "missing Arabic", and the list filter finds it', async () => {
    await payload.update({
      collection: 'findings',
      id: ids.findings ?? '',
      locale: 'en',
      data: { section: 'Why activists left' },
    })
    const missingArabic = await payload.find({
      collection: 'findings',
      where: { translationStatus: { in: ['missing-ar'] } },
      depth: 0,
    })
    expect(missingArabic.docs.map((doc) => doc.code)).toEqual(['AIE-F01'])
    const missingEnglish = await payload.find({
      collection: 'findings',
      where: { translationStatus: { in: ['missing-en'] } },
      depth: 0,
    })
    expect(missingEnglish.docs.map((doc) => doc.code)).not.toContain('AIE-F01')
  })
})
