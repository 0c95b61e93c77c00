/**
 * A file the process wrote or read is parsed again only when its bytes may have changed: a new
 * file renamed over it, a write in place, or one that was missing and now is there.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ParsedFiles } from '@mahjar/shared/parsed-files'

let work: string
let parsed: (string | undefined)[]
const parse = (text: string | undefined) => {
  parsed.push(text)
  return text === undefined ? undefined : (JSON.parse(text) as { n: number })
}

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mahjar-parsed-files-'))
  parsed = []
})

afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('files kept parsed', () => {
  it('parses a file once while its bytes stay, and again after each kind of change', async () => {
    const files = new ParsedFiles<{ n: number } | undefined>()
    const file = path.join(work, 'keys.json')
    expect(await files.read(file, parse)).toBeUndefined()
    await writeFile(file, '{"n":1}')
    expect(await files.read(file, parse)).toEqual({ n: 1 })
    expect(await files.read(file, parse)).toEqual({ n: 1 })
    expect(parsed).toEqual([undefined, '{"n":1}'])

    // Written in place, the same size: its modification time moved.
    await writeFile(file, '{"n":2}')
    expect(await files.read(file, parse)).toEqual({ n: 2 })
    // Another file renamed over it, the same size and bytes: another inode.
    await writeFile(`${file}.tmp`, '{"n":2}')
    await rename(`${file}.tmp`, file)
    expect(await files.read(file, parse)).toEqual({ n: 2 })
    expect(parsed).toEqual([undefined, '{"n":1}', '{"n":2}', '{"n":2}'])
  })

  it('keeps what it wrote without parsing it, and drops the oldest past its limit', async () => {
    const files = new ParsedFiles<{ n: number } | undefined>(2)
    const at = (n: number) => path.join(work, `${String(n)}.json`)
    for (const n of [1, 2, 3]) await files.write(at(n), JSON.stringify({ n }), { n })
    expect(await files.read(at(3), parse)).toEqual({ n: 3 })
    expect(await files.read(at(2), parse)).toEqual({ n: 2 })
    expect(parsed).toEqual([])
    expect(await files.read(at(1), parse)).toEqual({ n: 1 })
    expect(parsed).toEqual(['{"n":1}'])
  })
})
