/**
 * The admin screen by screen, as an editor on a phone (360 px) sees it, in Arabic and English:
 * the dashboard, every collection's list, every edit view (new and existing documents) and the
 * drawers and panels an editor opens (array row, relationship "add new", schedule publish,
 * versions, copy to another language, columns, filters). A screen fails when the Arabic admin
 * shows interface English or any admin shows an unfilled placeholder or a known typo, when it
 * is wider than the viewport or cuts something off, or when it asks any other host for anything.
 * Fields follow the edited language's direction whatever the admin's language.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi, type ExpectStatic } from 'vitest'
import { inspectScreen } from '../../helpers/admin-screen.ts'
import { launchChromium } from '../../helpers/chromium.ts'
import { api, createBilingualOverRest } from '../../helpers/http.ts'
import { testPassword } from '../../helpers/payload.ts'
import {
  audience,
  campaignEdition,
  finding,
  practice,
  recommendation,
  report,
  story,
  theme,
  type Builder,
} from '../../helpers/payload-fixtures.ts'
import { startCmsServer, type CmsServer } from '../../helpers/payload-server.ts'
import { campaignSlug, campaignYear, reportSlug } from '../../helpers/constants.ts'

type AdminLanguage = 'ar' | 'en'

let server: CmsServer | undefined
let baseUrl = ''
let browser: Browser | undefined
let token = ''
/** The editor's name: the versions list shows it as the author of every version made here. */
const editorName = 'ليلى حداد'
/** One existing document per collection, by slug. */
const existing = new Map<string, string>()
/** A submission written in English, for the direction of its sender's text. */
let sentInEnglish = ''

async function createBoth(collection: string, build: Builder): Promise<string> {
  const id = await createBilingualOverRest(baseUrl, token, collection, build)
  existing.set(collection, id)
  return id
}

beforeAll(async () => {
  server = await startCmsServer()
  baseUrl = server.baseUrl
  const registered = await api(baseUrl, '/users/first-register', {
    method: 'POST',
    body: { email: 'editor@mahjar.test', password: testPassword, name: editorName },
  })
  expect(registered.status, JSON.stringify(registered.json)).toBe(200)
  token = String(registered.json.token)
  existing.set('users', (registered.json.user as { id: string }).id)
  existing.set('countries', 'SY')
  const themeId = await createBoth('themes', theme('repression'))
  const audienceId = await createBoth('audiences', audience('diaspora-activists'))
  const reportId = await createBoth('reports', report(reportSlug, [themeId]))
  const findingId = await createBoth('findings', finding('AIE-F01', reportId))
  await createBoth(
    'recommendations',
    recommendation('AIE-R01', {
      report: reportId,
      audience: audienceId,
      theme: themeId,
      evidence: [findingId],
    }),
  )
  await createBoth('practices', practice('maghrib-belgium-impulse'))
  const editionId = await createBoth(
    'campaign-editions',
    campaignEdition(campaignSlug, campaignYear),
  )
  // An anonymous story: its teller's name lives in story-authors, a screen of its own for editors.
  const anonymous = await createBoth('stories', (lang, row) => ({
    ...story('told-anonymously', editionId)(lang, row),
    author: lang === 'ar' ? 'سلمى المجهولة' : 'Salma Unnamed',
    anonymous: true,
  }))
  const apart = await api(baseUrl, `/story-authors?where[story][equals]=${anonymous}`, { token })
  existing.set('story-authors', (apart.json.docs as { id: string }[])[0]?.id ?? 'missing')
  await createBoth('stories', story('living-together', editionId))
  // A participant's story, sent as the edition page's form sends it (the CMS's SITE_URL default).
  // A story sent in each language (the participants' form posts these fields).
  const sentIn = async (lang: 'ar' | 'en', title: string, text: string) => {
    const form = new FormData()
    const fields = {
      lang,
      campaign: campaignSlug,
      year: String(campaignYear),
      kind: 'story',
      title,
      text,
      nameShown: 'anonymous',
      consent: 'yes',
    }
    for (const [name, value] of Object.entries(fields)) form.append(name, value)
    const sent = await fetch(`${baseUrl}/api/submissions/send`, {
      method: 'POST',
      headers: { origin: 'http://localhost:4321', accept: 'application/json' },
      body: form,
    })
    expect(sent.status, await sent.clone().text()).toBe(201)
    const queue = await api(baseUrl, '/submissions?limit=1&depth=0&sort=-createdAt', { token })
    return (queue.json.docs as { id: string }[])[0]?.id ?? 'missing'
  }
  existing.set(
    'submissions',
    await sentIn('ar', 'طريقي إلى المنفى', 'غادرت بلدي عام 2013 ووصلت إلى برلين بعد عامين.'),
  )
  sentInEnglish = await sentIn(
    'en',
    'My road into exile',
    'I left my country in 2013 and reached Berlin two years later.',
  )
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Visit = { context: BrowserContext; page: Page; outside: string[] }

async function visit(lang: AdminLanguage, path: string, width = 360): Promise<Visit> {
  if (!browser) throw new Error('Chromium did not start')
  const context = await browser.newContext({ viewport: { width, height: 800 } })
  const { hostname, origin } = new URL(baseUrl)
  await context.addCookies([
    { name: 'payload-token', value: token, domain: hostname, path: '/' },
    { name: 'payload-lng', value: lang, domain: hostname, path: '/' },
  ])
  const page = await context.newPage()
  const outside: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) outside.push(url)
  })
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
  // Hydrated: Payload marks the layout once its client effects ran, ours (the repairs) with them;
  // under load, the server's HTML alone was inspected a few times (unrepaired, unlaid-out).
  await page.waitForSelector('.template-default--nav-hydrated, .template-minimal', {
    timeout: 60_000,
  })
  await settle(page)
  return { context, page, outside }
}

/** Waits until the admin has stopped changing (server actions answered, drawers animated). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(400)
}

async function expectCleanScreen(
  expect: ExpectStatic,
  lang: AdminLanguage,
  { page, outside }: Visit,
  what: string,
) {
  const problems = await inspectScreen(page, lang === 'ar')
  expect(problems.english, `English words in the Arabic admin on ${what}`).toEqual([])
  expect(problems.broken, `broken text on ${what}`).toEqual([])
  expect(
    problems.overflow,
    `overflow at ${String(page.viewportSize()?.width)} px on ${what}`,
  ).toEqual([])
  expect(outside, `requests to other hosts from ${what}`).toEqual([])
}

/** Every collection the navigation lists, read from the dashboard as an editor finds them. */
const collections = [
  'reports',
  'findings',
  'recommendations',
  'practices',
  'campaign-editions',
  'stories',
  'story-authors',
  'themes',
  'audiences',
  'countries',
  'media',
  'users',
  'redirects',
  'withdrawals',
  'permalinks',
  'builds',
  'submissions',
] as const

const screens: [string, () => string][] = [
  ['the dashboard', () => '/admin'],
  ['the account screen', () => '/admin/account'],
  ...collections.flatMap((slug): [string, () => string][] => [
    [`the ${slug} list`, () => `/admin/collections/${slug}`],
    // Nobody creates these by hand: builds come from the rebuild job, countries from ISO 3166,
    // names of anonymous tellers from their story's save, withdrawals from Unpublish or Delete,
    // the permalink registry from the build.
    // Submissions come from participants, through the public send door only.
    ...([
      'builds',
      'countries',
      'story-authors',
      'withdrawals',
      'permalinks',
      'submissions',
    ].includes(slug)
      ? []
      : [
          [`a new ${slug} document`, () => `/admin/collections/${slug}/create`] as [
            string,
            () => string,
          ],
        ]),
  ]),
  ...collections
    .filter((slug) => !['media', 'redirects', 'withdrawals', 'permalinks', 'builds'].includes(slug))
    .map((slug): [string, () => string] => [
      `an existing ${slug} document`,
      () => `/admin/collections/${slug}/${existing.get(slug) ?? 'missing'}`,
    ]),
  [
    'the versions of a finding',
    () => `/admin/collections/findings/${existing.get('findings') ?? ''}/versions`,
  ],
]

// Two screens at a time, each in a browser context of its own: a screen spends most of its
// visit waiting for the network to fall quiet and the admin to settle (about a second), and the
// other's rendering fills that wait on the two cores.
vi.setConfig({ maxConcurrency: 2 })

describe.concurrent.each(['ar', 'en'] as const)('the admin in %s at 360 px', (lang) => {
  it('lists every collection on the dashboard (so the screens below are all of them)', async ({
    expect,
  }) => {
    const seen = await visit(lang, '/admin')
    const links = await seen.page.$$eval('a[href^="/admin/collections/"]', (anchors) =>
      anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[3]),
    )
    expect(new Set(links)).toEqual(new Set(collections))
    await seen.context.close()
  })

  it.for(screens)(
    'shows %s in natural language, within the screen, asking no other host',
    async ([what, path], { expect }) => {
      const seen = await visit(lang, path())
      await expectCleanScreen(expect, lang, seen, what)
      await seen.context.close()
    },
  )
})

/** Opens a panel the way an editor does: each step is a click on what the screen shows. */
type Panel = { what: string; path: () => string; open: (page: Page) => Promise<void> }

async function click(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first()
  await target.waitFor({ state: 'visible', timeout: 30_000 })
  await target.scrollIntoViewIfNeeded()
  await target.click({ timeout: 30_000 })
  await settle(page)
}

const findingPath = () => `/admin/collections/findings/${existing.get('findings') ?? ''}`

const panels: Panel[] = [
  {
    what: 'a new breakdown row',
    path: findingPath,
    open: (page) => click(page, '#field-statistic__breakdown .array-field__add-row'),
  },
  {
    what: 'the drawer that creates a report from the finding’s report field',
    path: findingPath,
    open: (page) => click(page, '#field-report .relationship-add-new__add-button'),
  },
  {
    what: 'the drawer that edits the finding’s report',
    path: findingPath,
    open: (page) => click(page, '#field-report .relationship--single-value__drawer-toggler'),
  },
  {
    what: 'the schedule publish drawer',
    path: findingPath,
    open: async (page) => {
      await click(page, '#action-save-popup .popup-button')
      await click(page, '#schedule-publish')
    },
  },
  {
    what: 'the copy-to-another-language drawer',
    path: findingPath,
    open: async (page) => {
      await click(page, '.doc-controls__popup .popup-button')
      await click(
        page,
        '.popup__content button:has-text("نسخ إلى لغة أخرى"), .popup__content button:has-text("Copy to Locale")',
      )
    },
  },
  {
    what: 'the content-language menu',
    path: findingPath,
    open: (page) => click(page, '.app-header__localizer .popup-button'),
  },
  {
    what: 'the column picker of the findings list',
    path: () => '/admin/collections/findings',
    open: (page) => click(page, '.list-controls__toggle-columns'),
  },
  {
    what: 'a filter on the findings list',
    path: () => '/admin/collections/findings',
    open: async (page) => {
      await click(page, '.list-controls__toggle-where')
      await click(page, '.where-builder__add-first-filter')
    },
  },
]

describe.concurrent.each(['ar', 'en'] as const)(
  'panels and drawers of the admin in %s at 360 px',
  (lang) => {
    it.for(panels.map((panel) => [panel.what, panel] as const))(
      'shows %s in natural language, within the screen, asking no other host',
      async ([what, panel], { expect }) => {
        const seen = await visit(lang, panel.path())
        await panel.open(seen.page)
        await expectCleanScreen(expect, lang, seen, what)
        await seen.context.close()
      },
    )
  },
)

/** The direction each editable element of the edit view computes, by content language. */
async function fieldDirections(page: Page) {
  return page.evaluate(() => {
    const direction = (selector: string) =>
      Array.from(document.querySelectorAll<HTMLElement>(selector)).map((element) => ({
        id: element.id || element.closest('.field-type')?.id || element.className,
        dir: element.getAttribute('dir'),
        computed: getComputedStyle(element).direction,
      }))
    return {
      statement: direction('#field-statement'),
      exhibit: direction('#field-exhibit'),
      code: direction('#field-code'),
      richText: direction('[data-lexical-editor="true"]'),
    }
  })
}

describe.each(['ar', 'en'] as const)('fields in the admin in %s', (lang) => {
  it.each([
    ['English', 'en', 'ltr'],
    ['Arabic', 'ar', 'rtl'],
  ] as const)(
    'run in the %s content direction, rich text and list cells included, and codes stay left to right',
    async (_language, contentLocale, dir) => {
      const findingSeen = await visit(lang, `${findingPath()}?locale=${contentLocale}`, 1280)
      const finding = await fieldDirections(findingSeen.page)
      expect(finding.statement.length, 'the statement field is on the page').toBe(1)
      for (const field of [...finding.statement, ...finding.exhibit]) {
        expect(field, `${field.id} in ${contentLocale}`).toMatchObject({ dir, computed: dir })
      }
      expect(finding.code).toEqual([expect.objectContaining({ dir: 'ltr', computed: 'ltr' })])
      await findingSeen.context.close()

      const reportSeen = await visit(
        lang,
        `/admin/collections/reports/${existing.get('reports') ?? ''}?locale=${contentLocale}`,
        1280,
      )
      // Payload renders fields as they scroll into view: scroll through the form first.
      await reportSeen.page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 400) {
          window.scrollTo(0, y)
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      })
      await reportSeen.page.waitForSelector('[data-lexical-editor="true"]', { timeout: 30_000 })
      await settle(reportSeen.page)
      const report = await fieldDirections(reportSeen.page)
      expect(report.richText.length, 'the report has rich-text fields').toBeGreaterThan(0)
      for (const editor of report.richText) {
        expect(editor, `rich text in ${contentLocale}`).toMatchObject({ dir, computed: dir })
      }
      const typed = await reportSeen.page.evaluate(
        (locale) =>
          Array.from(document.querySelectorAll('[data-lexical-editor="true"]')).every(
            (editor) => editor.getAttribute('lang') === locale,
          ),
        contentLocale,
      )
      expect(typed, 'rich text carries the content language').toBe(true)
      await reportSeen.context.close()

      // The list shows content in the listed language: its statements run in that direction.
      const listSeen = await visit(
        lang,
        `/admin/collections/findings?locale=${contentLocale}`,
        1280,
      )
      const cells = await listSeen.page.$$eval('td.cell-statement', (tds) =>
        tds.map((td) => ({
          lang: td.getAttribute('lang'),
          dir: td.getAttribute('dir'),
          computed: getComputedStyle(td).direction,
        })),
      )
      expect(cells.length, 'the findings list shows statements').toBeGreaterThan(0)
      for (const cell of cells) {
        expect(cell, 'a statement in the list').toEqual({ lang: contentLocale, dir, computed: dir })
      }
      await listSeen.context.close()
    },
  )
})

describe.each(['ar', 'en'] as const)('a submission in the admin in %s', (lang) => {
  it('shows what its sender wrote in the direction of the sender’s language', async () => {
    for (const [id, dir] of [
      [existing.get('submissions') ?? '', 'rtl'],
      [sentInEnglish, 'ltr'],
    ] as const) {
      const seen = await visit(lang, `/admin/collections/submissions/${id}`, 1280)
      await seen.page.waitForSelector('#field-text', { timeout: 30_000 })
      await settle(seen.page)
      const computed = await seen.page.$$eval('#field-title, #field-text', (fields) =>
        fields.map((field) => getComputedStyle(field).direction),
      )
      expect(computed, `submission ${id} in the ${lang} admin`).toEqual([dir, dir])
      await seen.context.close()
    }
  })
})

describe('the two language controls', () => {
  it('have different names in the Arabic admin: the content language and the interface language', async () => {
    const edit = await visit('ar', findingPath(), 1280)
    const contentControl = await edit.page
      .locator('.app-header__localizer .localizer-button')
      .innerText()
    await edit.context.close()
    const account = await visit('ar', '/admin/account', 1280)
    const interfaceControl = await account.page
      .locator(
        '.payload-settings__language, .language-selector, [for="language-select"], label:has-text("لغة")',
      )
      .allInnerTexts()
    await account.context.close()
    expect(contentControl).toContain('لغة المحتوى')
    expect(interfaceControl.join(' ')).toContain('لغة الواجهة')
  })
})

const versionScreens = {
  ar: { author: 'صاحب التعديل', languages: ['العربية', 'الإنجليزية'], separator: '، ' },
  en: { author: 'Edited by', languages: ['Arabic', 'English'], separator: ', ' },
} as const

describe.each(['ar', 'en'] as const)('the versions of a finding in the admin in %s', (lang) => {
  it('list who made each version, by name, in place of the version id', async () => {
    const seen = await visit(lang, `${findingPath()}/versions`, 1280)
    const heading = await seen.page.locator('.versions thead th').allInnerTexts()
    expect(heading.join(' | ')).toContain(versionScreens[lang].author)
    const authors = await seen.page.locator('.versions td.cell-id').allInnerTexts()
    // Two versions: the Arabic save and the English one, both by the editor who signed in.
    expect(authors.length).toBeGreaterThanOrEqual(2)
    expect(authors.map((author) => author.trim())).toEqual(authors.map(() => editorName))
    await seen.context.close()
  })

  it('compare two versions naming the languages in words, each language’s text in its own direction', async () => {
    const seen = await visit(lang, `${findingPath()}/versions`, 1280)
    // The newest version (the English save), opened by its date as an editor does: Payload
    // compares it with the one before, every field in both languages.
    await click(seen.page, '.versions tbody tr:first-child td.cell-updatedAt a')
    await seen.page.waitForSelector('.view-version__toggle-locales-list', { timeout: 30_000 })
    await settle(seen.page)
    // "Modified only" is on: untick it to see the Arabic text, unchanged since, beside the English.
    await click(seen.page, 'label[for="modifiedOnly"], #modifiedOnly')
    await seen.page.waitForSelector('.render-field-diffs__locale[data-locale="ar"]', {
      timeout: 30_000,
    })
    await settle(seen.page)
    const { separator, languages } = versionScreens[lang]
    expect(
      await seen.page.locator('.view-version__toggle-locales-list').innerText(),
      'the languages compared',
    ).toBe(languages.join(separator))
    const localeLabels = await seen.page.locator('.field-diff__locale-label').allInnerTexts()
    expect(localeLabels.length, 'localized fields show their language').toBeGreaterThan(0)
    for (const label of localeLabels) expect(languages).toContain(label.trim())
    const texts = await seen.page.$$eval('.render-field-diffs__locale[data-locale]', (values) =>
      values.flatMap((value) =>
        Array.from(value.querySelectorAll<HTMLElement>('.field-diff-content')).map((content) => ({
          locale: value.getAttribute('data-locale'),
          lang: content.getAttribute('lang'),
          dir: content.getAttribute('dir'),
          computed: getComputedStyle(content).direction,
        })),
      ),
    )
    for (const locale of ['ar', 'en'] as const) {
      const dir = locale === 'ar' ? 'rtl' : 'ltr'
      const ofLocale = texts.filter((text) => text.locale === locale)
      expect(ofLocale.length, `${locale} text is compared`).toBeGreaterThan(0)
      for (const text of ofLocale) {
        expect(text, `${locale} text`).toEqual({ locale, lang: locale, dir, computed: dir })
      }
    }
    await seen.context.close()
  })
})
