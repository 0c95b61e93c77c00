/**
 * An export that reuses what the previous one read and converted (cms/src/snapshot/export-memory.ts)
 * writes exactly the files, byte for byte, of an export that reads everything afresh, after each
 * kind of change an editor makes: a text edited, a finding that recommendations cite unpublished, a
 * theme renamed, an item unpublished, deleted or created, and a draft saved over a published item
 * (which must stay off the site).
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { exportSnapshot, primeExports, type ExportReport } from '@mahjar/cms/snapshot/export'
import { exportMemory, forgetExports } from '@mahjar/cms/snapshot/export-memory'
import { registerPermalinks } from '@mahjar/cms/permalinks/register'
import { loadContent } from '@mahjar/scripts/lib/content/load-content'
import { corpusSeedDocuments } from '@mahjar/scripts/lib/seed/documents'
import { seedContent } from '@mahjar/scripts/lib/seed/seed-content'
import { reportSlug, siteFixture } from '../../helpers/constants.ts'
import { fromRoot } from '../../helpers/paths.ts'
import { startTestCms, type Payload, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, recommendation } from '../../helpers/payload-fixtures.ts'

let cms: TestCms
let payload: Payload
const now = new Date('2026-12-01T00:00:00Z')
const reason = {
  ar: 'نُشرت هذه التوصية بالخطأ قبل مراجعتها.',
  en: 'This recommendation was published by mistake before its review.',
}

async function exported(): Promise<ExportReport> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-memory-')), 'snapshot')
  return exportSnapshot(payload, dir, { now })
}

async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name))] as const),
    ),
  )
}

interface BothWays {
  readonly remembered: string
  readonly afresh: string
  readonly dangling: { remembered: ExportReport['dangling']; afresh: ExportReport['dangling'] }
}

/** The export from memory and one afresh (which the next change's export then remembers). */
async function bothWays(): Promise<BothWays> {
  const remembered = await exported()
  forgetExports(payload)
  const afresh = await exported()
  return {
    remembered: remembered.dir,
    afresh: afresh.dir,
    dangling: { remembered: remembered.dangling, afresh: afresh.dangling },
  }
}

async function expectSame({ remembered, afresh }: BothWays) {
  const [a, b] = [await files(remembered), await files(afresh)]
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
  const differing = [...a].filter(([name, bytes]) => !bytes.equals(b.get(name) ?? Buffer.alloc(0)))
  expect(differing.map(([name]) => name)).toEqual([])
}

type Where = NonNullable<Parameters<Payload['find']>[0]['where']>

async function idOf(collection: 'recommendations' | 'findings' | 'themes', where: Where) {
  const found = await payload.find({ collection, where, depth: 0, limit: 1, draft: true })
  const doc = found.docs[0]
  if (!doc) throw new Error(`no ${collection} ${JSON.stringify(where)}`)
  return doc.id
}

/** The public reason an item needs before it is unpublished or deleted (withdrawal.ts). */
async function giveReason(collection: 'recommendations' | 'findings', id: string | number) {
  for (const locale of ['ar', 'en'] as const)
    await payload.update({
      collection,
      id,
      locale,
      draft: true,
      data: { withdrawalReason: reason[locale] },
    })
}

async function snapshotDocs(dir: string, file: string) {
  const data = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as {
    docs: Record<string, unknown>[]
  }
  return data.docs
}

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  const corpus = await loadContent(fromRoot('content'))
  await seedContent(payload, corpusSeedDocuments(corpus.documents))
  await exported()
})

afterAll(async () => {
  await cms.close()
})

describe('an export from memory equals an export afresh', () => {
  it('after a text is edited', async () => {
    const id = await idOf('recommendations', { code: { equals: 'AIE-A1' } })
    await payload.update({
      collection: 'recommendations',
      id,
      locale: 'en',
      data: { text: 'An edited recommendation text, remembered exports must show it.' },
    })
    const ways = await bothWays()
    await expectSame(ways)
    const docs = await snapshotDocs(ways.remembered, 'recommendations.json')
    expect(docs.find((doc) => doc.code === 'AIE-A1')?.text).toMatchObject({
      en: 'An edited recommendation text, remembered exports must show it.',
    })
  })

  it('after a finding that recommendations cite is unpublished', async () => {
    const id = await idOf('findings', { code: { equals: 'AIE-F20' } })
    await giveReason('findings', id)
    await payload.update({ collection: 'findings', id, data: { _status: 'draft' } })
    const ways = await bothWays()
    await expectSame(ways)
    expect(ways.dangling.remembered).toEqual(ways.dangling.afresh)
    expect(ways.dangling.remembered.some((relation) => relation.path === 'evidence')).toBe(true)
    const docs = await snapshotDocs(ways.remembered, 'recommendations.json')
    expect(JSON.stringify(docs)).not.toContain('"AIE-F20"')
  })

  it('after a theme is renamed', async () => {
    const id = await idOf('themes', { slug: { equals: 'diaspora-engagement' } })
    await payload.update({ collection: 'themes', id, data: { slug: 'diaspora-participation' } })
    const ways = await bothWays()
    await expectSame(ways)
    const docs = await snapshotDocs(ways.remembered, 'recommendations.json')
    expect(JSON.stringify(docs)).toContain('"diaspora-participation"')
    expect(JSON.stringify(docs)).not.toContain('"diaspora-engagement"')
  })

  it('after a draft is saved over a published item: the published text stays', async () => {
    const id = await idOf('recommendations', { code: { equals: 'AIE-A2' } })
    await payload.update({
      collection: 'recommendations',
      id,
      locale: 'en',
      draft: true,
      data: { text: 'A draft nobody published yet.' },
    })
    const ways = await bothWays()
    await expectSame(ways)
    expect(
      await readFile(path.join(ways.remembered, 'recommendations.json'), 'utf8'),
    ).not.toContain('A draft nobody published yet.')
  })

  it('after an item is unpublished, one deleted and one created', async () => {
    const unpublished = await idOf('recommendations', { code: { equals: 'AIE-A3' } })
    const deleted = await idOf('recommendations', {
      code: { equals: siteFixture.recommendationEnglishOnly },
    })
    for (const id of [unpublished, deleted]) await giveReason('recommendations', id)
    await payload.update({
      collection: 'recommendations',
      id: unpublished,
      data: { _status: 'draft' },
    })
    await payload.delete({ collection: 'recommendations', id: deleted })
    const first = async (collection: 'reports' | 'audiences' | 'themes', where = {}) =>
      String((await payload.find({ collection, where, depth: 0, limit: 1 })).docs[0]?.id)
    await createBilingual(
      payload,
      'recommendations',
      recommendation('AIE-Z9', {
        report: await first('reports', { slug: { equals: reportSlug } }),
        audience: await first('audiences'),
        theme: await first('themes'),
      }),
    )
    const ways = await bothWays()
    await expectSame(ways)
    const codes = (await snapshotDocs(ways.remembered, 'recommendations.json')).map(
      (doc) => doc.code,
    )
    expect(codes).toContain('AIE-Z9')
    expect(codes).not.toContain('AIE-A3')
    expect(codes).not.toContain(siteFixture.recommendationEnglishOnly)
  })
})

/** An export from memory, with the options of each `payload.find` call it made. */
async function exportWatched() {
  const find = vi.spyOn(payload, 'find')
  try {
    const remembered = await exported()
    return { remembered, finds: find.mock.calls.map(([options]) => options) }
  } finally {
    find.mockRestore()
  }
}

/** Expects `remembered` to hold the files of an export afresh (which the memory then keeps). */
async function expectSameAsAfresh(remembered: ExportReport) {
  forgetExports(payload)
  const afresh = await exported()
  await expectSame({
    remembered: remembered.dir,
    afresh: afresh.dir,
    dangling: { remembered: remembered.dangling, afresh: afresh.dangling },
  })
}

/** The listings of published recommendations among `finds`: whether each read only recent rows. */
const listings = (finds: Awaited<ReturnType<typeof exportWatched>>['finds']) =>
  finds
    .filter((options) => options.collection === 'recommendations' && options.select !== undefined)
    .map((options) => JSON.stringify(options.where).includes('greater_than_equal'))

const longAgo = '2026-01-01T00:00:00.000Z'

describe('an export memory that lists only the rows stamped lately (recent-rows.ts)', () => {
  const registered = Array.from({ length: 150 }, (_, n) => `/en/recommendations/aie-r${String(n)}/`)

  beforeAll(async () => {
    await registerPermalinks(payload, registered)
    // Saved long ago: older than any margin, as in a CMS that has run for a while.
    await payload.db.updateMany({
      collection: 'recommendations',
      where: {},
      data: { updatedAt: longAgo },
      returning: false,
    })
    await payload.db.updateMany({
      collection: 'permalinks',
      where: {},
      data: { createdAt: longAgo },
      returning: false,
    })
    forgetExports(payload)
    await exported()
    await exported()
  })

  it('reads only the recent rows after an edit, and exports what an export afresh does', async () => {
    const id = await idOf('recommendations', { code: { equals: 'AIE-A4' } })
    const text = 'Edited after a long quiet: read by the recent listing alone.'
    await payload.update({ collection: 'recommendations', id, locale: 'en', data: { text } })
    const { remembered, finds } = await exportWatched()
    expect(listings(finds)).toEqual([true])
    await expectSameAsAfresh(remembered)
    const docs = await snapshotDocs(remembered.dir, 'recommendations.json')
    expect(docs.find((doc) => doc.code === 'AIE-A4')?.text).toMatchObject({ en: text })
  })

  it('lists in full again when a row went without a stamp moving (deleted behind its back)', async () => {
    await exported()
    const id = await idOf('recommendations', { code: { equals: 'AIE-A5' } })
    await payload.db.deleteOne({ collection: 'recommendations', where: { id: { equals: id } } })
    const { remembered, finds } = await exportWatched()
    // The recent rows and the count disagree: the listing is read in full.
    expect(listings(finds)).toEqual([true, false])
    const codes = (await snapshotDocs(remembered.dir, 'recommendations.json')).map(
      (doc) => doc.code,
    )
    expect(codes).not.toContain('AIE-A5')
    expect(codes).toContain('AIE-A4')
    await expectSameAsAfresh(remembered)
  })

  it('after reading every document afresh, lists only the recent rows the next time', async () => {
    forgetExports(payload)
    await exported()
    const id = await idOf('recommendations', { code: { equals: 'AIE-A6' } })
    const text = 'Edited after a fresh read: its rows are the listing, not read again.'
    await payload.update({ collection: 'recommendations', id, locale: 'en', data: { text } })
    const { remembered, finds } = await exportWatched()
    expect(listings(finds)).toEqual([true])
    await expectSameAsAfresh(remembered)
  })

  it('adds the paths registered since, to the registry read long ago', async () => {
    await exported()
    await exported()
    const added = '/en/recommendations/aie-z8/'
    await registerPermalinks(payload, [added])
    const { remembered, finds } = await exportWatched()
    const registryReads = finds.filter((options) => options.collection === 'permalinks')
    expect(registryReads.map((options) => JSON.stringify(options.where))).toEqual([
      expect.stringContaining('greater_than_equal'),
    ])
    const paths = (await snapshotDocs(remembered.dir, 'permalinks.json')).map((doc) => doc.path)
    expect(paths.sort()).toEqual([...registered, added].sort())
    await expectSameAsAfresh(remembered)
  })
})

describe('the permalink registry, whose rows are only ever added', () => {
  const registryReads = (finds: Awaited<ReturnType<typeof exportWatched>>['finds']) =>
    finds.filter((options) => options.collection === 'permalinks')

  it('is not read again while its count is unchanged, though every row was stamped lately', async () => {
    // Stamped now, as a start's first build registers a release's paths just before a publish.
    const lately = Array.from({ length: 40 }, (_, n) => `/ar/recommendations/aie-l${String(n)}/`)
    await registerPermalinks(payload, lately)
    await exported()
    const { remembered, finds } = await exportWatched()
    expect(registryReads(finds)).toEqual([])
    const paths = (await snapshotDocs(remembered.dir, 'permalinks.json')).map((doc) => doc.path)
    expect(paths).toEqual(expect.arrayContaining(lately))
    await expectSameAsAfresh(remembered)
  })

  it('knows the paths this process registered (a live release) without reading them', async () => {
    await exported()
    const added = ['/ar/recommendations/aie-z7/', '/en/recommendations/aie-z7/']
    const { rows } = await registerPermalinks(payload, added)
    expect(rows.map((row) => row.path)).toEqual(added)
    exportMemory(payload).permalinksRegistered(rows)
    const { remembered, finds } = await exportWatched()
    expect(registryReads(finds)).toEqual([])
    const paths = (await snapshotDocs(remembered.dir, 'permalinks.json')).map((doc) => doc.path)
    expect(paths).toEqual(expect.arrayContaining(added))
    await expectSameAsAfresh(remembered)
  })

  it('is read again when another process added a path (its count moved)', async () => {
    await exported()
    const added = '/en/recommendations/aie-z6/'
    // Not told: as the build command registering from a process of its own.
    await registerPermalinks(payload, [added])
    const { remembered, finds } = await exportWatched()
    expect(registryReads(finds)).toHaveLength(1)
    const paths = (await snapshotDocs(remembered.dir, 'permalinks.json')).map((doc) => doc.path)
    expect(paths).toContain(added)
    await expectSameAsAfresh(remembered)
  })
})

describe('an export memory primed when the CMS starts', () => {
  it('spares the first export a full read and a full listing, and it equals one afresh', async () => {
    forgetExports(payload)
    const documents = await primeExports(payload)
    expect(documents).toBeGreaterThan(50)
    const { remembered: primed, finds } = await exportWatched()
    // Only the light listing of recommendations (ids and update times), never every field.
    const reads = finds.filter((options) => options.collection === 'recommendations')
    expect(reads.length).toBeGreaterThan(0)
    expect(reads.filter((options) => options.select === undefined)).toEqual([])
    expect(listings(finds)).toEqual([true])
    await expectSameAsAfresh(primed)
  })
})
