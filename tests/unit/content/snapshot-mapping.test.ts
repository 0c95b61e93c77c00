/**
 * The CMS ⇄ snapshot mapping (cms/src/snapshot) on documents shaped as Payload returns them,
 * without a database: nulls and empty groups, ids and natural keys, days, localized rows.
 */
import { describe, expect, it } from 'vitest'
import {
  fromPayloadDoc,
  type DanglingRelation,
  type FromPayloadOptions,
} from '@mahjar/cms/snapshot/from-payload'
import { KeyIndex } from '@mahjar/cms/snapshot/keys'
import type { MarkdownConverter } from '@mahjar/cms/snapshot/markdown'
import { toPayloadData } from '@mahjar/cms/snapshot/to-payload'
import { campaignSlug, campaignYear, reportSlug } from '../../helpers/constants.ts'

/** Stands in for Lexical: keeps the Markdown in a one-node editor state. */
const markdown: MarkdownConverter = {
  toLexical: (text) => ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [{ type: 'text', version: 1, text } as never],
    },
  }),
  toMarkdown: (state) =>
    (state.root.children[0] as unknown as { text?: string } | undefined)?.text ?? '',
}

const timestamps = { createdAt: '2026-11-21T10:00:00.000Z', updatedAt: '2026-11-21T11:00:00.000Z' }

function index(): KeyIndex {
  const keys = new KeyIndex()
  keys.add('reports', reportSlug, 'report-id')
  keys.add('themes', 'funding', 'theme-id')
  keys.add('findings', 'AIE-F04', 'finding-id')
  keys.add('campaign-editions', `${campaignSlug}/${campaignYear}`, 'edition-id')
  return keys
}

/** A finding as Payload returns it read with `locale: 'all'`: nulls, an empty group, row ids. */
function storedFinding() {
  return {
    id: 'finding-id',
    code: 'AIE-F04',
    report: 'report-id',
    chapter: 'findings',
    section: { ar: null, en: null },
    statement: { ar: 'غادر 88٪ بسبب القمع.', en: '88% left because of repression.' },
    statistic: {
      value: null,
      valueMax: null,
      unit: null,
      base: null,
      qualifier: null,
      breakdown: [],
    },
    exhibit: { ar: '1-أ', en: null },
    themes: ['theme-id'],
    countries: ['SY', 'EG'],
    order: 4,
    corrections: [
      { id: 'row1', date: '2026-01-05T00:00:00.000Z', note: { ar: 'تصحيح', en: 'Fixed' } },
    ],
    _status: 'published',
    translationStatus: ['missing-en'],
    firstPublishedAt: '2026-11-21T10:00:00.000Z',
    ...timestamps,
  }
}

/** The finding's localized texts, as the CMS declares them (the ledger's paths). */
const findingTexts: NonNullable<FromPayloadOptions['fields']> = [
  { name: 'section', type: 'text', localized: true },
  { name: 'statement', type: 'textarea', localized: true },
  { name: 'exhibit', type: 'text', localized: true },
  { name: 'corrections', type: 'array', fields: [{ name: 'note', type: 'text', localized: true }] },
]

describe('CMS ⇄ snapshot mapping', () => {
  it('a finding stored by Payload, with nulls and an empty statistic group, exports cleanly', () => {
    const stored = storedFinding()
    expect(fromPayloadDoc('findings', stored, index(), markdown)).toEqual({
      code: 'AIE-F04',
      report: reportSlug,
      chapter: 'findings',
      statement: stored.statement,
      exhibit: { ar: '1-أ' },
      themes: ['funding'],
      countries: ['SY', 'EG'],
      order: 4,
      corrections: [{ date: '2026-01-05', note: { ar: 'تصحيح', en: 'Fixed' } }],
      ...timestamps,
    })
  })

  it('the translation ledger becomes the day each language has lagged since, for out-of-date texts alone', () => {
    const stored = {
      ...storedFinding(),
      translationLedger: {
        // Two English texts lag the Arabic: the later change dates the lag.
        'corrections.row1.note': { en: '2026-11-28T09:00:00.000Z' },
        statement: { en: '2026-11-30T23:30:00.000Z' },
        // English has no exhibit at all: missing, not lagging.
        exhibit: { en: '2026-12-01T08:00:00.000Z' },
        // Emptied in both languages since: nothing left to lag.
        section: { ar: '2026-12-02T08:00:00.000Z' },
      },
    }
    const exported = fromPayloadDoc('findings', stored, index(), markdown, { fields: findingTexts })
    expect(exported.translationLag).toEqual({ en: '2026-11-30' })
    // The seed compares texts only: without the fields, the ledger is dropped like any CMS field.
    expect(fromPayloadDoc('findings', stored, index(), markdown)).not.toHaveProperty(
      'translationLag',
    )
  })

  it('a document whose ledger holds no out-of-date text exports without translationLag', () => {
    for (const translationLedger of [{}, { exhibit: { en: '2026-12-01T08:00:00.000Z' } }]) {
      const stored = { ...storedFinding(), translationLedger }
      expect(
        fromPayloadDoc('findings', stored, index(), markdown, { fields: findingTexts }),
      ).not.toHaveProperty('translationLag')
    }
  })

  it('a story goes to the CMS and back unchanged: edition key, Markdown, days, rows', () => {
    const story = {
      slug: 'living-together',
      kind: 'success-story' as const,
      title: { ar: 'العيش معًا', en: 'Living Together' },
      summary: { ar: 'حملة تمويل بالنقر.', en: 'A click-funding campaign.' },
      body: { ar: '## النتائج\n\n176,000 مشاهدة', en: '## Results\n\n176,000 views' },
      country: 'EG',
      campaignEdition: { campaign: campaignSlug, year: campaignYear },
      outcomes: [{ label: { ar: 'مشاهدات', en: 'Views' }, value: 176000 }],
      sources: [],
      anonymous: false,
      consent: true as const,
      publishedOn: '2021-02-01',
    }
    const data = toPayloadData('stories', story, index(), markdown)
    expect(data).toMatchObject({
      campaignEdition: 'edition-id',
      country: 'EG',
      publishedOn: '2021-02-01T00:00:00.000Z',
      outcomes: [{ value: 176000, id: expect.stringMatching(/^[0-9a-f]{24}$/) as unknown }],
    })
    expect(data.body).toHaveProperty('ar.root')
    const back = fromPayloadDoc(
      'stories',
      { ...data, id: 'story-id', ...timestamps },
      index(),
      markdown,
    )
    expect(back).toEqual({ ...story, ...timestamps })
  })

  it('campaign objectives are rows of localized text in the CMS and a list in the snapshot', () => {
    const data = toPayloadData(
      'campaign-editions',
      { objectives: [{ ar: 'رفع الوعي', en: 'Raise awareness' }] },
      index(),
      markdown,
    )
    expect(data.objectives).toEqual([
      { text: { ar: 'رفع الوعي', en: 'Raise awareness' }, id: expect.any(String) as unknown },
    ])
  })

  it('relations to documents that are not published are left out and reported', () => {
    const dangling: DanglingRelation[] = []
    const doc = fromPayloadDoc(
      'recommendations',
      {
        id: 'rec-id',
        code: 'AIE-A1',
        number: 'A.1',
        report: 'report-id',
        audiences: ['unknown-audience-id'],
        themes: ['theme-id'],
        text: { ar: 'نص', en: 'Text' },
        evidence: ['finding-id', 'draft-finding-id'],
        order: 1,
        corrections: [],
        ...timestamps,
      },
      (() => {
        const keys = index()
        keys.add('audiences', 'local-civil-society', 'unknown-audience-id')
        return keys
      })(),
      markdown,
      { dangling },
    )
    expect(doc.evidence).toEqual(['AIE-F04'])
    expect(dangling).toEqual([
      {
        collection: 'recommendations',
        id: 'rec-id',
        path: 'evidence',
        target: 'findings',
        targetId: 'draft-finding-id',
      },
    ])
  })

  it('an unknown natural key going to the CMS is an error naming the field', () => {
    expect(() =>
      toPayloadData('findings', { report: 'no-such-report', themes: [] }, index(), markdown),
    ).toThrow('findings.report: no reports document with key "no-such-report" in the CMS')
  })
})
