/**
 * `prettyJsonWithList` (shared/src/pretty-json.ts): a snapshot or open data file put together
 * from its items' bytes is byte for byte `JSON.stringify(file, null, 2)` and a line end.
 */
import { describe, expect, it } from 'vitest'
import { prettyJsonWithList } from '@mahjar/shared/pretty-json'

const stringified = (file: object) => `${JSON.stringify(file, null, 2)}\n`

describe('prettyJsonWithList', () => {
  const head = {
    schemaVersion: 1,
    collection: 'recommendations',
    generatedAt: '2026-12-06T12:00:00.000Z',
  }
  const items = [
    { code: 'A.1', text: { ar: 'نص عربي\nبسطرين', en: 'Line "one"\n\tand two \\ </script>' } },
    { code: 'A.2', nested: { list: [1, [2, { deep: true }], []], empty: {} }, none: null },
    { code: 'A.3', skipped: undefined, emoji: '✊🏽', when: new Date('2026-01-02T03:04:05Z') },
  ]

  it('writes what JSON.stringify writes, for one item, several, and none', () => {
    for (const list of [items, items.slice(0, 1), []]) {
      const bytes = prettyJsonWithList(head, 'docs', list)
      expect(Buffer.concat(bytes).toString('utf8')).toBe(stringified({ ...head, docs: list }))
    }
  })

  it('writes an item met before as it wrote it then, in any file', () => {
    const first = Buffer.concat(prettyJsonWithList(head, 'docs', items)).toString('utf8')
    const again = prettyJsonWithList(
      { ...head, generatedAt: 'later' },
      'docs',
      [...items].reverse(),
    )
    expect(Buffer.concat(again).toString('utf8')).toBe(
      stringified({ ...head, generatedAt: 'later', docs: [...items].reverse() }),
    )
    expect(first).toBe(stringified({ ...head, docs: items }))
  })
})
