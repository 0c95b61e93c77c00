/**
 * The engine starts Astro before it knows which pages a partial build renders, and writes
 * RENDER_ONLY_FILE while Astro loads the content and bundles (publish/src/release/build-steps.ts).
 * The site's page-list integration (site/src/integrations/page-list.ts) therefore waits for the
 * file when it lists the paths. Astro's hook on real files, with a stand-in default prerenderer.
 */
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RenderOnly } from '@mahjar/shared/render-only'

interface StaticPath {
  readonly pathname: string
  readonly route: { readonly component: string }
}
interface Prerenderer {
  readonly name: string
  readonly getStaticPaths: () => Promise<StaticPath[]>
}

const findingRoute = 'src/pages/[lang]/findings/[code].astro'
const homeRoute = 'src/pages/[lang]/index.astro'
const all: StaticPath[] = [
  { pathname: '/ar/', route: { component: homeRoute } },
  { pathname: '/en/', route: { component: homeRoute } },
  { pathname: '/ar/findings/aie-f01/', route: { component: findingRoute } },
  { pathname: '/en/findings/aie-f01/', route: { component: findingRoute } },
]

let dir: string
let onlyFile: string
let listFile: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mahjar-render-only-'))
  onlyFile = path.join(dir, 'render-only.json')
  listFile = path.join(dir, 'pages.json')
  // The site reads its environment once, when the module is first imported.
  process.env.RENDER_ONLY_FILE = onlyFile
  process.env.PAGE_LIST_FILE = listFile
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The paths the integration hands Astro, through the prerenderer it wraps around `all`. */
async function wrappedPrerenderer(): Promise<Prerenderer> {
  const { pageListIntegration } = await import('@mahjar/site/integrations/page-list')
  let wrap: ((base: Prerenderer) => Prerenderer) | undefined
  const start = pageListIntegration().integration.hooks[
    'astro:build:start'
  ] as unknown as (options: {
    setPrerenderer: (wrapper: (base: Prerenderer) => Prerenderer) => void
  }) => void
  start({ setPrerenderer: (wrapper) => (wrap = wrapper) })
  if (!wrap) throw new Error('the integration wrapped no prerenderer')
  return wrap({ name: 'default', getStaticPaths: () => Promise.resolve(all) })
}

describe('a partial build whose render-only file is written after Astro started', () => {
  it('waits for the file, then renders only the pages it selects', async () => {
    const prerenderer = await wrappedPrerenderer()
    let listed: StaticPath[] | undefined
    const listing = prerenderer.getStaticPaths().then((paths) => (listed = paths))
    await sleep(300)
    expect(listed).toBeUndefined()

    const only: RenderOnly = { paths: ['/ar/findings/aie-f01/'] }
    await writeFile(`${onlyFile}.tmp`, JSON.stringify(only))
    await rename(`${onlyFile}.tmp`, onlyFile)
    await listing

    expect(listed?.map((page) => page.pathname)).toEqual(['/ar/findings/aie-f01/'])
    // The page list names every page, rendered or not.
    const pages = JSON.parse(await readFile(listFile, 'utf8')) as { pathname: string }[]
    expect(pages.map((page) => page.pathname)).toEqual(all.map((page) => page.pathname))
  })
})
