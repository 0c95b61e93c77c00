/**
 * Property: whatever editors do — publish, rename, unpublish, delete, publish again, in any order
 * — every URL the site ever served stays answered after each build: still published, withdrawn
 * (its notice is built at that URL, e2e/site/fixture-rendering), or redirected to a URL that is.
 * Each step goes through REST as the admin sends it, then the CMS exports the snapshot and the
 * build's own guard (`checkPermalinksOf`, Astro aside) must pass against every URL seen so far.
 * fast-check shrinks a failing sequence to the shortest one that breaks a permalink.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { checkPermalinksOf } from '@mahjar/publish/outputs/permalink-check'
import { api, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import {
  createBilingual,
  finding,
  practice,
  report,
  rowIds,
} from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let editor = ''
let reportId = ''
let work = ''
/** Every URL a build has served so far: the promise the property checks. */
const everServed = new Set<string>()

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  const user = await cms.createUser('editor')
  editor = await login(server.baseUrl, user.email, testPassword)
  reportId = await createBilingual(payload, 'reports', report(reportSlug))
  work = await mkdtemp(path.join(tmpdir(), 'mahjar-permalink-property-'))
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

type Collection = 'findings' | 'practices'
interface Item {
  readonly collection: Collection
  readonly id: string
}

const items: Item[] = []
let counter = 0

function send(method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) {
  return api(server.baseUrl, url, { method, token: editor, lang: 'en', body })
}

/** Publishes a new finding or practice through REST (as the admin's Publish sends it). */
async function publishNew(collection: Collection) {
  counter += 1
  const build =
    collection === 'findings'
      ? finding(`AIE-P${String(counter).padStart(3, '0')}`, reportId)
      : practice(`practice-${String(counter)}`)
  const response = await send('POST', `/${collection}?locale=en`, {
    ...build('en', rowIds()),
    _status: 'published',
  })
  expect(response.status, JSON.stringify(response.json)).toBe(201)
  items.push({ collection, id: (response.json.doc as { id: string }).id })
}

async function withReason(item: Item) {
  await send('PATCH', `/${item.collection}/${item.id}?draft=true&locale=en`, {
    withdrawalReason: 'Withdrawn in a property test.',
  })
}

type Step =
  | { readonly kind: 'publish'; readonly collection: Collection }
  | { readonly kind: 'rename' | 'unpublish' | 'delete' | 'republish'; readonly pick: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('publish' as const),
    collection: fc.constantFrom<Collection>('findings', 'practices'),
  }),
  fc.record({
    kind: fc.constantFrom('rename', 'unpublish', 'delete', 'republish'),
    // One of the three newest items: steps of a sequence act on the same few items.
    pick: fc.nat({ max: 2 }),
  }),
)

/** Applies a step; one on an item it cannot apply to (a finding's rename) is what the admin refuses. */
async function apply(s: Step) {
  if (s.kind === 'publish') return publishNew(s.collection)
  if (items.length === 0) return undefined
  const item = items[items.length - 1 - (s.pick % Math.min(items.length, 3))] as Item
  const at = `/${item.collection}/${item.id}?locale=en`
  switch (s.kind) {
    case 'rename':
      counter += 1
      // A practice's slug may change (it leaves a redirect); a published code never does.
      return send('PATCH', at, {
        [item.collection === 'practices' ? 'slug' : 'code']:
          item.collection === 'practices'
            ? `renamed-${String(counter)}`
            : `AIE-R${String(counter)}`,
        _status: 'published',
      })
    case 'unpublish':
      await withReason(item)
      return send('PATCH', at, { _status: 'draft' })
    case 'delete':
      await withReason(item)
      items.splice(items.indexOf(item), 1)
      return send('DELETE', at)
    case 'republish':
      return send('PATCH', at, { _status: 'published' })
  }
}

/** Exports, then runs the build's guard with every URL seen so far as the promise. */
async function buildAndCheck(run: number) {
  const snapshotDir = path.join(work, `run-${String(run)}`, 'snapshot')
  await exportSnapshot(payload, snapshotDir)
  const manifestFile = path.join(work, `run-${String(run)}`, 'permalinks.json')
  await writeFile(manifestFile, JSON.stringify({ description: 'test', urls: [...everServed] }))
  const result = await checkPermalinksOf({
    snapshotDir,
    manifestFile,
    redirectsFile: path.join(work, 'none.yaml'),
    siteUrl: 'https://mahjar.example',
  })
  for (const url of result.served) everServed.add(url)
}

describe('permalinks under any sequence of editor actions', () => {
  it('every URL ever served still answers after each build', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const s of steps) {
          await apply(s)
          run += 1
          await buildAndCheck(run)
        }
      }),
      { numRuns: 50, seed: 20261201, endOnFailure: true },
    )
    expect(everServed.size).toBeGreaterThan(10)
  }, 600_000)
})
