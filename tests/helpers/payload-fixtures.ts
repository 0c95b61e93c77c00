/**
 * Bilingual documents for CMS tests, one builder per collection. A builder returns the data in
 * one language; `createBilingual` saves Arabic first (the default locale), then English on the
 * same document. Array rows carry fixed ids so both languages fill the same rows.
 */
import { randomBytes } from 'node:crypto'
import { dataCollections } from '@mahjar/shared/urls'
import type { Payload } from './payload.ts'

export type Lang = 'ar' | 'en'
export type Status = 'published' | 'draft'
type Data = Record<string, unknown>
/** Ids of array rows, fixed per document so both languages fill the same rows. */
export type RowIds = (n: number) => string
export type Builder = (lang: Lang, row: RowIds) => Data

const pick = (lang: Lang, ar: string, en: string) => (lang === 'ar' ? ar : en)

/** Row ids for one document: 24 hex digits (valid on SQLite and MongoDB), unique per table. */
export function rowIds(): RowIds {
  const prefix = randomBytes(8).toString('hex')
  return (n) => `${prefix}${n.toString(16).padStart(8, '0')}`
}

/** A Lexical document with one paragraph per text: the stored form of Markdown paragraphs. */
export function lexicalParagraphs(texts: readonly string[]) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: null,
      children: texts.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ] as Record<string, unknown>[],
      })),
    },
  }
}

/** A one-paragraph Lexical document: the stored form of a Markdown paragraph. */
export function lexical(text: string) {
  return lexicalParagraphs([text])
}

export const theme =
  (slug: string): Builder =>
  (lang) => ({ slug, order: 1, name: pick(lang, 'القمع والمنفى', 'Repression and exile') })

export const audience =
  (slug: string): Builder =>
  (lang) => ({ slug, order: 1, name: pick(lang, 'نشطاء الشتات', 'Diaspora activists') })

export const report =
  (slug: string, themes: string[] = []): Builder =>
  (lang, row) => ({
    slug,
    title: pick(lang, 'الناشطية في المنفى', 'Activism in Exile'),
    summary: lexical(pick(lang, 'دراسة عن نشطاء الشتات.', 'A study of diaspora activists.')),
    publisher: pick(lang, 'هيومينا', 'HuMENA'),
    publishedOn: '2021-06-01T00:00:00.000Z',
    originalLanguage: 'ar',
    methodology: {
      activistsInvited: 178,
      activistsResponded: 104,
      organisationsContacted: 16,
      organisationsInterviewed: 12,
      countriesOfOrigin: ['SY', 'EG'],
      hostCountries: ['DE', 'TR'],
    },
    chapters: [
      {
        id: row(1),
        key: 'findings',
        title: pick(lang, 'النتائج', 'Findings'),
        body: lexical(pick(lang, 'ما وجدته الدراسة.', 'What the study found.')),
      },
    ],
    themes,
  })

export const finding =
  (code: string, reportId: string): Builder =>
  (lang, row) => ({
    code,
    report: reportId,
    chapter: 'findings',
    statement: pick(
      lang,
      'أكثر من 90% من النشطاء غادروا بسبب القمع.',
      'More than 90% of activists left because of repression.',
    ),
    statistic: {
      value: 90,
      unit: 'percent',
      base: 104,
      qualifier: 'more-than',
      breakdown: [{ id: row(2), label: pick(lang, 'القمع', 'Repression'), value: 90 }],
    },
    exhibit: pick(lang, '١-أ', '1-A'),
    countries: ['SY'],
    order: 1,
    corrections: [
      {
        id: row(3),
        date: '2022-01-10T00:00:00.000Z',
        note: pick(lang, 'صُحّحت النسبة.', 'The percentage was corrected.'),
      },
    ],
  })

export const recommendation =
  (
    code: string,
    refs: { report: string; audience: string; theme: string; evidence?: string[] },
  ): Builder =>
  (lang) => ({
    code,
    number: 'A.1',
    report: refs.report,
    audiences: [refs.audience],
    themes: [refs.theme],
    text: pick(
      lang,
      'بناء شبكات تضامن بين النشطاء.',
      'Build solidarity networks between activists.',
    ),
    evidence: refs.evidence ?? [],
    order: 1,
  })

export const practice =
  (slug: string): Builder =>
  (lang, row) => ({
    slug,
    title: pick(lang, 'دفعة المغرب وبلجيكا', 'Maghrib–Belgium Impulse'),
    summary: pick(
      lang,
      'برنامج لرواد الأعمال من المهجر.',
      'A programme for diaspora entrepreneurs.',
    ),
    body: lexical(pick(lang, 'تفاصيل البرنامج.', 'Programme details.')),
    countries: ['MA', 'BE'],
    city: pick(lang, 'بروكسل', 'Brussels'),
    actor: pick(lang, 'إنابل', 'Enabel'),
    actorType: 'international-organisation',
    period: { start: 2017, end: 2020 },
    gcmObjectives: [19, 20],
    links: [{ id: row(4), label: pick(lang, 'الموقع', 'Website'), url: 'https://example.org/mbi' }],
  })

export const campaignEdition =
  (campaign: string, year: number): Builder =>
  (lang, row) => ({
    campaign,
    campaignName: pick(lang, 'المهجر يستطيع', 'AlMahjar Can'),
    edition: 1,
    year,
    theme: pick(lang, 'عشرة أيام من النشاط', '10 Days of Activism'),
    startDate: `${String(year)}-01-15T00:00:00.000Z`,
    endDate: `${String(year)}-01-25T00:00:00.000Z`,
    hashtag: '#AlMahjarCan_21',
    objectives: [
      { id: row(5), text: pick(lang, 'إسماع أصوات المهجر.', 'Make diaspora voices heard.') },
    ],
    actions: [
      {
        id: row(6),
        kind: 'know-more',
        title: pick(lang, 'اعرف أكثر', 'Know more'),
        url: 'https://example.org/know',
      },
    ],
    partners: [{ id: row(7), name: pick(lang, 'هيومينا', 'HuMENA') }],
  })

export const story =
  (slug: string, edition?: string): Builder =>
  (lang, row) => ({
    slug,
    kind: 'success-story',
    title: pick(lang, 'العيش معًا', 'Living Together'),
    summary: pick(lang, 'حملة تمويل بالنقر.', 'A click-funding campaign.'),
    body: lexical(
      pick(lang, 'وصلت الحملة إلى 176 ألف مشاهدة.', 'The campaign reached 176,000 views.'),
    ),
    country: 'EG',
    ...(edition ? { campaignEdition: edition } : {}),
    outcomes: [{ id: row(8), label: pick(lang, 'المشاهدات', 'Views'), value: 176000 }],
    sources: [
      { id: row(9), label: pick(lang, 'المصدر', 'Source'), url: 'https://example.org/story' },
    ],
    anonymous: false,
    consent: true,
    publishedOn: '2021-03-01T00:00:00.000Z',
  })

type Collection = Parameters<Payload['create']>[0]['collection']

/** The publishable collections (drafts and versions): the ones with open data files. */
const versioned = new Set<string>(dataCollections)

/** Saves Arabic, then English, on one document; publishable collections get `status`. */
export async function createBilingual(
  payload: Payload,
  collection: Collection,
  build: Builder,
  status: Status = 'published',
  row: RowIds = rowIds(),
): Promise<string> {
  const draft = status === 'draft'
  const extra = versioned.has(collection) ? { _status: status } : {}
  // One helper for every collection: the data's shape is the builder's business.
  const created = await payload.create({
    collection,
    locale: 'ar',
    draft,
    data: { ...build('ar', row), ...extra },
  } as Parameters<Payload['create']>[0])
  await payload.update({
    collection,
    id: created.id,
    locale: 'en',
    draft,
    data: { ...build('en', row), ...extra },
  } as Parameters<Payload['update']>[0])
  return created.id
}
