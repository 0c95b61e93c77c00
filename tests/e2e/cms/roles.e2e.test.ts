/**
 * Roles, passwords and headers in the real admin (Next production server, Chromium), in Arabic
 * and English: the first-user screen refuses a short password and says why; a translator sees no
 * Publish button, their save keeps the live document live, and a publish forced from their
 * session fails with a clear message; an editor publishes; one's own password changes only with
 * the current one; per content collection, the controls each role sees follow the written policy
 * (helpers/role-policy.ts): a translator gets no Create new, Publish, Unpublish or Delete and a
 * read-only code or slug, an editor and the admin get them all; on the other screens (themes,
 * audiences, countries, media, redirects, one's own account, site builds) each of the three roles
 * sees exactly the Create new, Save and Delete the same policy gives; the admin cannot be framed, sends nosniff/no-referrer and a CSP that the
 * admin runs under without a single violation, and no X-Powered-By.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi, type TestContext } from 'vitest'
import { launchChromium } from '../../helpers/chromium.ts'
import { restoreVersion } from '../../helpers/admin-journey.ts'
import { createFirstUser } from '../../helpers/first-user-screen.ts'
import { api, createBilingualOverRest, login } from '../../helpers/http.ts'
import { testPassword } from '../../helpers/payload.ts'
import {
  audience,
  campaignEdition,
  finding,
  practice,
  recommendation,
  report,
  rowIds,
  story,
  theme,
  type Builder,
} from '../../helpers/payload-fixtures.ts'
import { startCmsServer, type CmsServer } from '../../helpers/payload-server.ts'
import { campaignSlug, campaignYear, reportSlug } from '../../helpers/constants.ts'
import {
  contentCollections,
  expected,
  type ContentCollection,
  type Kind,
  type MatrixRole,
  type Operation,
} from '../../helpers/role-policy.ts'

let server: CmsServer | undefined
let baseUrl = ''
let browser: Browser | undefined
const tokens = { admin: '', editor: '', translator: '' }
const emails = { editor: 'editor@mahjar.test', translator: 'translator@mahjar.test' }
let findingId = ''
/** One published document per content collection, made by the admin over REST (set-up only). */
const published = {} as Record<ContentCollection, string>
/** One document per other screen (taxonomies, countries, media, redirects), made in set-up. */
const others = {} as Record<'themes' | 'audiences' | 'countries' | 'media' | 'redirects', string>
const publishedStatement = 'More than 90% of activists left because of repression.'
/** CSP violations and outside requests seen by any page, across all tests. */
const violations: string[] = []

type Lang = 'ar' | 'en'

async function newPage(
  lang: Lang,
  token?: string,
  watch = true,
): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser) throw new Error('Chromium did not start')
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: lang,
  })
  const { hostname } = new URL(baseUrl)
  await context.addCookies([
    { name: 'payload-lng', value: lang, domain: hostname, path: '/' },
    ...(token ? [{ name: 'payload-token', value: token, domain: hostname, path: '/' }] : []),
  ])
  const page = await context.newPage()
  if (!watch) return { context, page }
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(baseUrl) && !/^(data|blob):/.test(url)) violations.push(`outside: ${url}`)
  })
  return { context, page }
}

/** Waits until the admin form has mounted (typing before that is lost). */
async function formReady(page: Page) {
  await page.waitForSelector('form[data-form-ready="true"]', { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
}

beforeAll(async () => {
  server = await startCmsServer()
  baseUrl = server.baseUrl
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the first-user screen', () => {
  it.each([
    ['ar', /يجب ألا تقل كلمة المرور عن 12 حرفًا/],
    ['en', /at least 12 characters/],
  ] as const)('refuses a password under 12 characters and says why (%s)', async (lang, said) => {
    const { context, page } = await newPage(lang)
    await page.goto(`${baseUrl}/admin/create-first-user`)
    await page.waitForSelector('#field-email')
    await formReady(page)
    await page.fill('#field-email', 'admin@mahjar.test')
    await page.fill('#field-password', 'short')
    await page.fill('#field-confirm-password', 'short')
    await page.waitForLoadState('networkidle')
    const answer = page.waitForResponse((r) => r.url().includes('/first-register'), {
      timeout: 60_000,
    })
    await page.click('button[type="submit"]')
    const response = await answer
    expect(response.status()).toBe(400)
    // The refusal names the password and says why in the screen's language.
    const body = await response.text()
    expect(body).toMatch(said)
    expect(body).toContain('"path":"password"')
    expect(new URL(page.url()).pathname).toBe('/admin/create-first-user')
    await context.close()
    const init = await api(baseUrl, '/users/init')
    expect(init.json.initialized).toBe(false)
  })

  it('creates the first account with a long password', async () => {
    const { context, page } = await newPage('en')
    await createFirstUser(
      page,
      baseUrl,
      { email: 'admin@mahjar.test', password: testPassword },
      async () => {},
    )
    await context.close()
    tokens.admin = await login(baseUrl, 'admin@mahjar.test', testPassword)
    for (const role of ['editor', 'translator'] as const) {
      const created = await api(baseUrl, '/users', {
        method: 'POST',
        token: tokens.admin,
        body: { email: emails[role], password: testPassword, role },
      })
      expect(created.status, JSON.stringify(created.json)).toBe(201)
      tokens[role] = await login(baseUrl, emails[role], testPassword)
    }
    const row = rowIds()
    const reportDoc = await api(baseUrl, '/reports?locale=ar', {
      method: 'POST',
      token: tokens.admin,
      body: { ...report(reportSlug)('ar', row), _status: 'published' },
    })
    const reportId = (reportDoc.json.doc as { id: string }).id
    await api(baseUrl, `/reports/${reportId}?locale=en`, {
      method: 'PATCH',
      token: tokens.admin,
      body: { ...report(reportSlug)('en', row), _status: 'published' },
    })
    const findingRows = rowIds()
    const made = await api(baseUrl, '/findings?locale=ar', {
      method: 'POST',
      token: tokens.admin,
      body: { ...finding('AIE-F01', reportId)('ar', findingRows), _status: 'published' },
    })
    findingId = (made.json.doc as { id: string }).id
    const english = await api(baseUrl, `/findings/${findingId}?locale=en`, {
      method: 'PATCH',
      token: tokens.admin,
      body: { ...finding('AIE-F01', reportId)('en', findingRows), _status: 'published' },
    })
    expect(english.status, JSON.stringify(english.json)).toBe(200)
    published.findings = findingId
    published.reports = reportId
    const refs = {
      report: reportId,
      theme: await createBoth('themes', theme('funding'), false),
      audience: await createBoth('audiences', audience('local-civil-society'), false),
    }
    published.recommendations = await createBoth('recommendations', recommendation('AIE-A01', refs))
    published.practices = await createBoth('practices', practice('maghrib-belgium-impulse'))
    published['campaign-editions'] = await createBoth(
      'campaign-editions',
      campaignEdition(campaignSlug, campaignYear),
    )
    published.stories = await createBoth('stories', story('living-together'))
    others.themes = refs.theme
    others.audiences = refs.audience
    others.countries = 'FR'
    const image = await sharp({
      create: { width: 16, height: 16, channels: 3, background: '#2a6' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'square.png')
    form.append('_payload', JSON.stringify({ alt: 'A green square' }))
    const media = await api(baseUrl, '/media', { method: 'POST', token: tokens.admin, form })
    expect(media.status, JSON.stringify(media.json)).toBe(201)
    others.media = (media.json.doc as { id: string }).id
    const redirect = await api(baseUrl, '/redirects', {
      method: 'POST',
      token: tokens.admin,
      body: { from: '/en/practices/an-old-name/', to: '/en/practices/' },
    })
    expect(redirect.status, JSON.stringify(redirect.json)).toBe(201)
    others.redirects = (redirect.json.doc as { id: string }).id
  })
})

/** Set-up over REST as the admin: Arabic, then English on the same document. */
const createBoth = (collection: string, build: Builder, publishable = true) =>
  createBilingualOverRest(baseUrl, tokens.admin, collection, build, publishable)

/** The field that names a document in its URLs and citations. */
const identityField: Record<ContentCollection, string> = {
  reports: 'slug',
  findings: 'code',
  recommendations: 'code',
  practices: 'slug',
  'campaign-editions': 'campaign',
  stories: 'slug',
}

/**
 * What the edit view's "…" menu offers: Unpublish and Delete. Payload shows the menu only to a
 * role that may create or delete, so no menu means neither.
 */
async function menuControls(page: Page) {
  const menu = page.locator('.doc-controls__dots')
  if ((await menu.count()) === 0) return { unpublish: false, remove: false }
  await menu.first().click()
  await page.locator('#action-create, #action-delete').first().waitFor()
  const offered = {
    unpublish: (await page.locator('#action-unpublish').count()) > 0,
    remove: (await page.locator('#action-delete').count()) > 0,
  }
  await page.keyboard.press('Escape')
  return offered
}

/** What a role sees of the controls, read from the screen. */
async function controlsSeen(page: Page, collection: ContentCollection) {
  const id = published[collection]
  await page.goto(`${baseUrl}/admin/collections/${collection}`)
  await page.locator(`a[href*="/admin/collections/${collection}/${id}"]`).first().waitFor()
  const createNew = await page.locator(`a[href$="/admin/collections/${collection}/create"]`).count()
  await page.goto(`${baseUrl}/admin/collections/${collection}/${id}`)
  await formReady(page)
  const field = page.locator(`#field-${identityField[collection]}`)
  await field.waitFor()
  const publish = await page.locator('#action-save').count()
  const { unpublish, remove } = await menuControls(page)
  return {
    createNew: createNew > 0,
    publish: publish > 0,
    unpublish,
    remove,
    identityEditable: await field.isEditable(),
  }
}

/**
 * The screens each role is shown in, in turns: what a role sees follows from the policy, not the
 * admin's language (the controls are found by their targets, not their words), so each (role,
 * screen) is seen in one language, the next screen in the other, and every role in both. Seeing
 * each in both doubled the file's time (CI: 61 min) without a check that could differ.
 */
function inTurns<T>(roles: readonly StaffRole[], screens: readonly T[]) {
  return roles.flatMap((role, r) =>
    screens.map((screen, s) => [role, screen, (r + s) % 2 === 0 ? 'ar' : 'en'] as const),
  )
}

/**
 * Signed-in pages per role and admin language, each lent to one test at a time (the tests below
 * run two at a time) and taken back when it finishes; all closed after the calling describe.
 */
function useRolePages() {
  type Opened = { context: BrowserContext; page: Page }
  const opened: Opened[] = []
  const idle = new Map<string, Opened[]>()
  afterAll(async () => {
    for (const { context } of opened) await context.close()
  })
  return async (role: StaffRole, lang: Lang, { onTestFinished }: TestContext) => {
    const key = `${role}:${lang}`
    const free = idle.get(key) ?? []
    idle.set(key, free)
    let lent = free.pop()
    if (!lent) {
      lent = await newPage(lang, tokens[role])
      opened.push(lent)
    }
    const back = lent
    onTestFinished(() => {
      free.push(back)
    })
    return lent
  }
}

// The screens that only look, two at a time, each page lent to one test at a time: a visit spends
// much of its time waiting (the admin's network falling quiet, typing that must send nothing for
// 2.5 s), which the other's rendering fills. 139 to 151 s for the file in four runs against 172 s
// in two one at a time, all 61 passed (2 cores, otherwise idle). What changes documents stays one
// at a time.
vi.setConfig({ maxConcurrency: 2 })

describe.concurrent('the controls each role sees in the admin', () => {
  const session = useRolePages()

  it.for(inTurns(['translator'], contentCollections))(
    'a %s sees no Create new, Publish, Unpublish or Delete on %s, and cannot type into its code or slug (%s)',
    async ([role, collection, lang], test) => {
      const { expect } = test
      const { page } = await session(role, lang, test)
      const seen = await controlsSeen(page, collection)
      // The policy says no for each of these, so none may be on the screen.
      expect(expected('content', 'create a draft', 'translator')).toBe('no')
      expect(expected('content', 'publish a draft', 'translator')).toBe('no')
      expect(expected('content', 'delete', 'translator')).toBe('no')
      expect(expected('content', 'change the code or slug of a draft', 'translator')).toBe('no')
      expect(seen).toEqual({
        createNew: false,
        publish: false,
        unpublish: false,
        remove: false,
        identityEditable: false,
      })
      // Trying anyway: the click lands on a read-only field and the typing goes nowhere.
      const field = page.locator(`#field-${identityField[collection]}`)
      const before = await field.inputValue()
      const sent: string[] = []
      const watch = (request: Request) => {
        if (request.method() === 'PATCH') sent.push(request.postData() ?? '')
      }
      page.on('request', watch)
      await field.click({ force: true })
      await page.keyboard.type('-changed')
      await page.waitForTimeout(2_500)
      expect(await field.inputValue()).toBe(before)
      page.off('request', watch)
      expect(sent.join()).not.toContain('-changed')
    },
  )

  it.for(inTurns(['editor', 'admin'], contentCollections))(
    'the %s role sees Create new, Publish, Unpublish and Delete on %s, and can edit its code or slug (%s)',
    async ([role, collection, lang], test) => {
      const { expect } = test
      const { page } = await session(role, lang, test)
      const seen = await controlsSeen(page, collection)
      expect(expected('content', 'publish a draft', role)).toBe('yes')
      expect(seen).toEqual({
        createNew: true,
        publish: true,
        unpublish: true,
        remove: true,
        identityEditable: true,
      })
    },
  )
})

type StaffRole = 'translator' | 'editor' | 'admin'

/** What the policy lets `role` do on a screen of `kind`: create, change the probed field, delete. */
function allowed<K extends Kind>(
  kind: K,
  operations: { create: Operation<K>; update: Operation<K>; remove: Operation<K> },
  role: MatrixRole,
) {
  return {
    createNew: expected(kind, operations.create, role) === 'yes',
    editable: expected(kind, operations.update, role) === 'yes',
    remove: expected(kind, operations.remove, role) === 'yes',
  }
}

const crud = { create: 'create', update: 'update', remove: 'delete' } as const

/** The screens besides the six content collections: a document, a field to probe, the policy. */
const otherScreens = {
  themes: {
    doc: () => others.themes,
    field: 'name',
    may: (r: MatrixRole) => allowed('taxonomies', crud, r),
  },
  audiences: {
    doc: () => others.audiences,
    field: 'name',
    may: (r: MatrixRole) => allowed('taxonomies', crud, r),
  },
  countries: {
    doc: () => others.countries,
    field: 'name',
    may: (r: MatrixRole) => allowed('countries', crud, r),
  },
  media: {
    doc: () => others.media,
    field: 'alt',
    may: (r: MatrixRole) =>
      allowed('media', { create: 'upload', update: 'update the alt text', remove: 'delete' }, r),
  },
  redirects: {
    doc: () => others.redirects,
    field: 'to',
    may: (r: MatrixRole) => allowed('redirects', crud, r),
  },
  /** One's own account: every role may rename it; only the admin may create or delete accounts. */
  users: {
    doc: () => '',
    field: 'name',
    may: (r: MatrixRole) =>
      allowed(
        'users',
        {
          create: 'create an account',
          update: 'update one’s own name',
          remove: 'delete an account',
        },
        r,
      ),
  },
} as const
type OtherScreen = keyof typeof otherScreens

/** Create new on the list; then, in the edit view, Save, Delete and whether the field takes typing. */
async function screenControlsSeen(page: Page, collection: OtherScreen, role: StaffRole) {
  await page.goto(`${baseUrl}/admin/collections/${collection}`)
  await page.locator('.template-default--nav-hydrated').first().waitFor()
  await page.waitForLoadState('networkidle')
  const createNew = await page.locator(`a[href$="/admin/collections/${collection}/create"]`).count()
  const me = async () =>
    ((await api(baseUrl, '/users/me', { token: tokens[role] })).json.user as { id: string }).id
  const id = collection === 'users' ? await me() : otherScreens[collection].doc()
  await page.goto(`${baseUrl}/admin/collections/${collection}/${id}`)
  await formReady(page)
  const field = page.locator(`#field-${otherScreens[collection].field}`)
  await field.waitFor()
  const save = await page.locator('#action-save').count()
  const { remove } = await menuControls(page)
  return {
    createNew: createNew > 0,
    editable: save > 0 && (await field.isEditable()),
    remove,
  }
}

describe.concurrent('the other screens each role sees in the admin', () => {
  const session = useRolePages()

  it.for(inTurns(['translator', 'editor', 'admin'], Object.keys(otherScreens) as OtherScreen[]))(
    'the %s role sees on %s exactly the Create new, Save and Delete the policy gives (%s)',
    async ([role, screen, lang], test) => {
      const { expect } = test
      const { page } = await session(role, lang, test)
      expect(await screenControlsSeen(page, screen, role)).toEqual(otherScreens[screen].may(role))
    },
  )

  it.for(inTurns(['translator', 'editor', 'admin'], ['builds']))(
    'the %s role never sees Create new on site %s (only the rebuild job writes them) (%s)',
    async ([role, , lang], test) => {
      const { expect } = test
      expect(expected('builds', 'create', role)).toBe('no')
      const { page } = await session(role, lang, test)
      await page.goto(`${baseUrl}/admin/collections/builds`)
      await page.locator('.template-default--nav-hydrated').first().waitFor()
      await page.waitForLoadState('networkidle')
      expect(await page.locator('a[href$="/admin/collections/builds/create"]').count()).toBe(0)
    },
  )
})

const live = async () => api(baseUrl, `/findings/${findingId}?locale=en`)

describe('a translator in the admin', () => {
  it.each(['ar', 'en'] as const)(
    'sees no Publish button, where an editor sees one (%s)',
    async (lang) => {
      // Drafts autosave, so Payload shows no Save draft button either: only an editor's Publish.
      const editor = await newPage(lang, tokens.editor)
      await editor.page.goto(`${baseUrl}/admin/collections/findings/${findingId}`)
      await formReady(editor.page)
      await expect.poll(() => editor.page.locator('#action-save').count()).toBe(1)
      await editor.context.close()
      const { context, page } = await newPage(lang, tokens.translator)
      await page.goto(`${baseUrl}/admin/collections/findings/${findingId}`)
      await formReady(page)
      await expect.poll(() => page.locator('#field-statement').count()).toBe(1)
      expect(await page.locator('#action-save').count()).toBe(0)
      await context.close()
    },
  )

  // These two only look, mostly waiting (2.5 s for typing that must send nothing): two at a time.
  // The saves below wait for both, one at a time. (The Publish-button pair above, two fresh
  // sessions each, took as long two at a time as one after the other.)
  it.concurrent.for(['ar', 'en'] as const)(
    'cannot change a finding’s statistic: the figure is read-only and typing into it sends nothing (%s)',
    async (lang, { expect }) => {
      const { context, page } = await newPage(lang, tokens.translator)
      await page.goto(`${baseUrl}/admin/collections/findings/${findingId}?locale=${lang}`)
      await formReady(page)
      const figure = page.locator('input[name="statistic.value"]').first()
      await figure.waitFor()
      await expect.poll(() => figure.isEditable()).toBe(false)
      const before = await figure.inputValue()
      const sent: string[] = []
      page.on('request', (request) => {
        if (request.method() === 'PATCH') sent.push(request.postData() ?? '')
      })
      await figure.click({ force: true })
      await page.keyboard.type('999')
      await page.waitForTimeout(2_500)
      expect(await figure.inputValue()).toBe(before)
      expect(sent.join()).not.toContain('999')
      await context.close()
    },
  )

  it('saves a translation that stays a draft: the live finding stays live and unchanged', async () => {
    const { context, page } = await newPage('en', tokens.translator)
    await page.goto(`${baseUrl}/admin/collections/findings/${findingId}?locale=en`)
    await formReady(page)
    const wording = 'Over 90% of the activists left because of repression.'
    // No click: typing is the save (the admin autosaves the draft).
    const saved = page.waitForResponse(
      (r) => r.url().includes(`/api/findings/${findingId}`) && r.request().method() === 'PATCH',
      { timeout: 60_000 },
    )
    await page.fill('#field-statement', wording)
    const response = await saved
    expect(response.status(), await response.text()).toBe(200)
    expect(response.url()).toMatch(/draft=true/)
    const reader = await live()
    expect(reader.json._status).toBe('published')
    expect(reader.json.statement).toBe(publishedStatement)
    const draft = await api(baseUrl, `/findings/${findingId}?locale=en&draft=true`, {
      token: tokens.editor,
    })
    expect(draft.json.statement).toBe(wording)
    await context.close()
  })

  it.each([
    ['ar', /المترجمون لا ينشرون/],
    ['en', /translators cannot publish/],
  ] as const)('is refused a forced publish with a clear message (%s)', async (lang, said) => {
    const { context, page } = await newPage(lang, tokens.translator)
    await page.goto(`${baseUrl}/admin/collections/findings/${findingId}`)
    await formReady(page)
    const answer = await page.evaluate(
      async ({ id, language }) => {
        const response = await fetch(`/api/findings/${id}?locale=en`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'content-type': 'application/json', 'accept-language': language },
          body: JSON.stringify({ statement: 'Forced live', _status: 'published' }),
        })
        return { status: response.status, text: await response.text() }
      },
      { id: findingId, language: lang },
    )
    expect(answer.status).toBe(400)
    expect(answer.text).toMatch(said)
    expect(answer.text).toContain('"path":"_status"')
    expect((await live()).json.statement).toBe(publishedStatement)
    await context.close()
  })
})

describe('a translator restoring a version in the admin', () => {
  it.each([
    ['ar', /استعادة نسخة سابقة عمل المحرر/],
    ['en', /Restoring an earlier version is an editor’s task/],
  ] as const)('is refused, told why in the toast, and nothing changes (%s)', async (lang, said) => {
    const versions = async () =>
      api(baseUrl, `/findings/versions?where[parent][equals]=${findingId}&sort=-updatedAt`, {
        token: tokens.editor,
      })
    const listed = (await versions()).json
    const docs = listed.docs as { id: string }[]
    const oldest = docs.at(-1)
    if (!oldest) throw new Error('the finding has no versions')
    const before = (await live()).json
    const { context, page } = await newPage(lang, tokens.translator)
    const translator = {
      page,
      lang,
      refusals: [],
      entered: new Map(),
      close: () => context.close(),
    }
    const result = await restoreVersion(translator, baseUrl, 'findings', findingId, oldest.id)
    expect(result.status).toBe(400)
    await expect
      .poll(async () => (await page.locator('li[data-sonner-toast]').allInnerTexts()).join(' '))
      .toMatch(said)
    expect((await live()).json).toEqual(before)
    expect((await versions()).json.totalDocs).toBe(listed.totalDocs)
    await context.close()
  })
})

describe('an editor in the admin', () => {
  it('publishes the translator’s draft with the Publish button', async () => {
    const { context, page } = await newPage('ar', tokens.editor)
    await page.goto(`${baseUrl}/admin/collections/findings/${findingId}`)
    await formReady(page)
    const published = page.waitForResponse(
      (r) => r.url().includes(`/api/findings/${findingId}`) && r.request().method() === 'PATCH',
      { timeout: 60_000 },
    )
    await page.click('#action-save')
    expect((await published).status()).toBe(200)
    await expect
      .poll(async () => (await live()).json.statement, { timeout: 30_000 })
      .toBe('Over 90% of the activists left because of repression.')
    await context.close()
  })
})

/** What the account screen says when the current password is missing or wrong, per language. */
const ownPassword = {
  ar: {
    label: 'كلمة المرور الحالية',
    missing: 'لتغيير كلمة مرورك اكتب كلمة المرور الحالية',
    wrong: 'كلمة المرور الحالية غير صحيحة',
  },
  en: {
    label: 'Current password',
    missing: 'to change your password, type your current password',
    wrong: 'the current password is not correct',
  },
} as const

/** A translator of their own, signed in, on their account screen in `lang`, "Change password" clicked. */
async function ownAccountScreen(lang: Lang, name: string) {
  const email = `${name}-${lang}@mahjar.test`
  const created = await api(baseUrl, '/users', {
    method: 'POST',
    token: tokens.admin,
    body: { email, password: testPassword, role: 'translator' },
  })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  const userId = (created.json.doc as { id: string }).id
  const { context, page } = await newPage(lang, await login(baseUrl, email, testPassword))
  await page.goto(`${baseUrl}/admin/account`)
  await formReady(page)
  await page.locator('#change-password').click()
  return { email, userId, context, page }
}

/** Clicks Save on the account form and returns the status of the PATCH it sends. */
async function saveAccount(page: Page, userId: string): Promise<number> {
  await page.waitForSelector('#action-save:not(.btn--disabled)', { timeout: 30_000 })
  const [response] = await Promise.all([
    page.waitForResponse(
      (candidate) =>
        candidate.request().method() === 'PATCH' &&
        new URL(candidate.url()).pathname === `/api/users/${userId}`,
      { timeout: 30_000 },
    ),
    page.locator('#action-save').click(),
  ])
  return response.status()
}

/** The status of a sign-in over REST. */
const signInStatus = async (email: string, password: string) =>
  (await api(baseUrl, '/users/login', { method: 'POST', body: { email, password } })).status

describe('one’s own password in the account screen', () => {
  // Typed at once, then Save at once, as a password manager or a quick person does: in Payload
  // 3.90 that Save sent nothing ("Please correct the invalid fields", no field marked) until
  // components/PasswordChecks.tsx.
  it.each(['ar', 'en'] as const)(
    'is refused without the current password and with a wrong one, saying so in the field and the message, and nothing changes (%s)',
    async (lang) => {
      const { email, userId, context, page } = await ownAccountScreen(lang, 'refused')
      const newPassword = `a new passphrase for ${lang} 2026`
      await page.locator('#field-password').fill(newPassword)
      await page.locator('#field-confirm-password').fill(newPassword)
      expect(await saveAccount(page, userId), 'saved without the current password').toBe(400)
      const said = ownPassword[lang]
      const field = page.locator('.field-type.current-password')
      await expect.poll(() => field.locator('.field-error').innerText()).toBe(said.missing)
      const toast = page.locator('li[data-sonner-toast]').filter({ hasText: said.label })
      await expect.poll(() => toast.count()).toBeGreaterThan(0)
      expect(await toast.first().innerText(), 'names the field, not its key').not.toContain(
        'currentPassword',
      )

      await page.locator('#field-currentPassword').fill('not my password at all')
      expect(await saveAccount(page, userId), 'saved with a wrong current password').toBe(400)
      await expect.poll(() => field.locator('.field-error').innerText()).toBe(said.wrong)
      await context.close()

      expect(await signInStatus(email, newPassword), 'the new password does not sign in').toBe(401)
      expect(await signInStatus(email, testPassword), 'the old one still does').toBe(200)
    },
    120_000,
  )

  it.each(['ar', 'en'] as const)(
    'changes with the current password typed into a masked input, and the new one signs in (%s)',
    async (lang) => {
      const { email, userId, context, page } = await ownAccountScreen(lang, 'changed')
      const newPassword = `another passphrase for ${lang} 2026`
      const current = page.locator('#field-currentPassword')
      expect(await current.getAttribute('type'), 'the current password is typed unseen').toBe(
        'password',
      )
      expect(await current.getAttribute('autocomplete')).toBe('current-password')
      expect(
        await page.locator('.field-type.current-password .field-description').innerText(),
        'says when it is needed, in the admin’s language',
      ).toMatch(lang === 'ar' ? /مطلوبة فقط عند تغيير كلمة مرورك/ : /Needed only when you change/)
      await page.locator('#field-password').fill(newPassword)
      await page.locator('#field-confirm-password').fill(newPassword)
      await current.fill(testPassword)
      expect(await saveAccount(page, userId), 'saved with the current password').toBe(200)
      await context.close()

      expect(await signInStatus(email, newPassword), 'the new password signs in').toBe(200)
      expect(await signInStatus(email, testPassword), 'the old one no longer does').toBe(401)
    },
    120_000,
  )
})

describe('admin headers', () => {
  it.each(['/admin', '/admin/login', '/api/findings'])(
    '%s cannot be framed, is not sniffed, sends no referrer and names no server',
    async (path) => {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("default-src 'self'")
      expect(csp).not.toMatch(/https?:\/\//)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(response.headers.get('x-powered-by')).toBeNull()
    },
  )

  it('a page on another origin cannot frame the admin', async () => {
    // Not watched: Chromium reports the refused frame on the console, which is the point here.
    const { context, page } = await newPage('en', undefined, false)
    await page.setContent(`<iframe src="${baseUrl}/admin/login" id="f"></iframe>`)
    await page.waitForTimeout(2_000)
    const framed = page.frames().find((frame) => frame.url().includes('/admin/login'))
    const text = framed
      ? await framed
          .locator('body')
          .innerText()
          .catch(() => '')
      : ''
    expect(text).not.toMatch(/password|كلمة المرور/i)
    await context.close()
  })

  it('the admin ran every page above under its CSP without a violation or outside request', () => {
    expect(violations).toEqual([])
  })
})
