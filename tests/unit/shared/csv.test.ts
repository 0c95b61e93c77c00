/**
 * The open data CSV writer (`shared/src/csv.ts`, csv-stringify under our flattening and formula
 * cast) writes exactly the bytes of the hand-written writer it replaced: the expected texts below
 * are that writer's output, captured before the switch, on the values that break CSV writers —
 * commas, quotes, lone and paired line breaks, Arabic, empty and missing cells, numbers (negative
 * too), booleans, formula starts — and on files with no rows. The 72 open data CSV files of the
 * fixture snapshot, the content corpus and 2,000 synthetic recommendations were compared byte for
 * byte once, old writer against new, when the switch was made.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { toCsv } from '@mahjar/shared/csv'

const tricky = [
  {
    code: 'A,1',
    title: { ar: 'قال "نعم"، ثم', en: 'He said "yes", then' },
    figure: 42,
    share: 0.5,
    negative: -3,
    flag: true,
    note: '',
  },
  {
    code: 'B',
    title: { ar: 'سطر\nثانٍ', en: 'line\r\nbreak' },
    figure: 0,
    flag: false,
    note: '=HYPERLINK("x")',
    themes: ['a', 'b,c'],
    breakdown: [{ label: 'x', value: 1 }],
  },
  {
    code: '-minus',
    title: { ar: '+٩٠٪', en: '@home' },
    note: '\tTab',
    extra: { nested: { deep: 'y' } },
    empty: null,
  },
  { code: 'C', title: { en: 'only English' }, note: '\rCR', figure: -0.25 },
  {},
]

/** The hand-written writer's output for `toCsv(tricky, ['lead', 'code'])`, line by line. */
const trickyCsv = [
  '\uFEFFlead,code,title.ar,title.en,figure,share,negative,flag,note,themes,breakdown,extra.nested.deep',
  ',"A,1","قال ""نعم""، ثم","He said ""yes"", then",42,0.5,-3,true,,,,',
  ',B,"سطر\nثانٍ","line\r\nbreak",0,,,false,"\'=HYPERLINK(""x"")","a; b,c","[{""label"":""x"",""value"":1}]",',
  ",'-minus,'+٩٠٪,'@home,,,,,'\tTab,,,y",
  ',C,,only English,-0.25,,,,"\'\rCR",,,',
  ',,,,,,,,,,,',
  '',
].join('\r\n')

describe('open data CSV writer', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('writes the old writer’s bytes on commas, quotes, line breaks, Arabic, empty cells and numbers', () => {
    expect(toCsv(tricky, ['lead', 'code'])).toBe(trickyCsv)
  })

  it('names its columns, with BOM and CRLF, when there are no rows (and no columns)', () => {
    expect(toCsv([], ['a', 'b'])).toBe('\uFEFFa,b\r\n')
    expect(toCsv([])).toBe('\uFEFF\r\n')
    expect(toCsv([{}])).toBe('\uFEFF\r\n\r\n')
  })

  it('reads back, cell for cell, with a CSV parser', () => {
    const rows = parseCsv<Record<string, string>>(toCsv(tricky), { bom: true, columns: true })
    expect(rows.map((row) => row['title.ar'])).toEqual([
      'قال "نعم"، ثم',
      'سطر\nثانٍ',
      "'+٩٠٪",
      '',
      '',
    ])
    expect(rows.map((row) => row.note)).toEqual(['', '\'=HYPERLINK("x")', "'\tTab", "'\rCR", ''])
  })

  it('loads where there is no Buffer (the findings table writes its downloads in the browser)', async () => {
    vi.stubGlobal('Buffer', undefined)
    vi.resetModules()
    const { toCsv: inBrowser } = await import('@mahjar/shared/csv')
    expect(inBrowser(tricky, ['lead', 'code'])).toBe(trickyCsv)
  })
})
