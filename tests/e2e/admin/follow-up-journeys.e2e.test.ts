/**
 * Issue 17's acceptance journey, in the real admin (Chromium), in the Arabic admin and then the
 * English one: an editor opens a published recommendation, adds a response entry with a source
 * and an implementation entry measured by a finding (clicking "Add", typing dates, picking from
 * the menus), and publishes. Once the site build is live: the recommendation's page shows the
 * status and the dated timeline, the status page lists it, the report's follow-up overview counts
 * it by audience and by theme, the feed links to the entry, open data holds the entry and the
 * status, and the citation says "status as of". A translator opening the same form finds the
 * entry's status, kind, date and addressee read-only, its statement open to translation.
 * One main job (`scripts/start.ts`: CMS, real builds, static site) serves the whole file.
 */
import { describe, expect, it } from 'vitest'
import { urls } from '@mahjar/shared/urls'
import { followUpAnchor } from '@mahjar/shared/follow-up'
import {
  addRow,
  choose,
  openDocument,
  publish,
  typeInto,
  typeIntoRow,
  walkAwayTo,
  type AdminLang,
  type Editor,
} from '../../helpers/admin-journey.ts'
import { reportSlug } from '../../helpers/constants.ts'
import { api, login } from '../../helpers/http.ts'
import { useJourneyBench } from './journey-bench.ts'

const { asEditor, cmsUrl, live, see, siteUrl, token } = useJourneyBench({
  email: 'admin-follow-up@mahjar.test',
  password: 'a long passphrase for tests',
})

/** Seed recommendations the journeys follow up, one per admin language, and what they carry. */
const cases = {
  ar: { code: 'AIE-A3', theme: 'partnerships-and-networks' },
  en: { code: 'AIE-A4', theme: 'civic-space-and-rights' },
} as const
const audience = 'diaspora-activists-and-organisations'
const finding = 'AIE-F03'

const words = {
  ar: {
    response: '[بيانات اختبارية] أيّدت شبكة من منظمات المهجر التوصية في اجتماعها السنوي.',
    implementation: '[بيانات اختبارية] بدأت الشبكة أول برنامج مشترك لتنفيذ التوصية.',
    source: 'محضر الاجتماع السنوي (اختباري)',
    kinds: { response: 'رد', implementation: 'تنفيذ' },
    statuses: { response: 'مؤيَّدة', implementation: 'قيد التنفيذ' },
    statusAsOf: 'الحالة حتى',
  },
  en: {
    response: '[Test data] A network of diaspora organisations supported it at its annual meeting.',
    implementation: '[Test data] The network started a first joint programme to carry it out.',
    source: 'Minutes of the annual meeting (test)',
    kinds: { response: 'Response', implementation: 'Implementation' },
    statuses: { response: 'Supported', implementation: 'In progress' },
    statusAsOf: 'status as of',
  },
} as const
const dates = { response: '2026-03-02', source: '2026-03-01', implementation: '2026-09-15' }

async function recommendationId(code: string): Promise<string> {
  const found = await api(cmsUrl(), `/recommendations?where[code][equals]=${code}&depth=0`, {
    token: token(),
  })
  const id = (found.json.docs as { id: string }[] | undefined)?.[0]?.id
  if (!id) throw new Error(`no recommendation ${code} in the CMS`)
  return id
}

/** The name the admin shows for the audience (read over REST: a check, not a step). */
async function audienceName(lang: AdminLang): Promise<string> {
  const found = await api(
    cmsUrl(),
    `/audiences?where[slug][equals]=${audience}&locale=${lang}&depth=0`,
    { token: token() },
  )
  return String((found.json.docs as { name: string }[])[0]?.name)
}

/** A signed-in account of `role`, made by the first admin over REST (set-up, not a step). */
async function account(role: 'editor' | 'translator', lang: AdminLang): Promise<string> {
  const email = `${role}-follow-up-${lang}@mahjar.test`
  const password = 'another long passphrase for tests'
  const created = await api(cmsUrl(), '/users', {
    method: 'POST',
    token: token(),
    body: { email, password, role, name: `${role} ${lang}` },
  })
  if (created.status !== 201) throw new Error(`could not create ${email}: ${created.status}`)
  return login(cmsUrl(), email, password)
}

/** Adds one follow-up entry through the form: Add, date, addressee, kind, status, statement. */
async function addEntry(editor: Editor, kind: 'response' | 'implementation') {
  const w = words[editor.lang]
  const row = await addRow(editor, 'followUp')
  await typeInto(editor, `${row}.date`, dates[kind])
  await editor.page.keyboard.press('Escape')
  await choose(editor, `${row}.audience`, await audienceName(editor.lang))
  await choose(editor, `${row}.kind`, w.kinds[kind])
  await choose(editor, `${row}.status`, w.statuses[kind])
  await typeInto(editor, `${row}.statement`, w[kind])
  return row
}

async function followUpJourney(editor: Editor) {
  const { lang, page } = editor
  const { code, theme } = cases[lang]
  const w = words[lang]
  const id = await recommendationId(code)
  const overviewPath = urls.followUp(lang, reportSlug)
  const countIn = async (table: string, key: string) => {
    const html = await live(overviewPath)
    const found = new RegExp(
      `<tr[^>]*data-key="${key}"[^>]*>[\\s\\S]*?<td[^>]*data-status="in-progress"[^>]*>(?:\\s|<[^>]+>)*(\\d+)`,
    ).exec(html.slice(html.indexOf(`data-follow-up-table="${table}"`)))
    return Number(found?.[1] ?? 0)
  }
  const before = {
    audience: await countIn('audience', audience),
    theme: await countIn('theme', theme),
  }

  // The editor's steps: two entries, the first with a source, the second measured by a finding.
  await openDocument(editor, cmsUrl(), 'recommendations', id, lang)
  const response = await addEntry(editor, 'response')
  await typeIntoRow(editor, `${response}.sources`, {
    label: w.source,
    url: 'https://example.org/annual-meeting',
    date: dates.source,
  })
  await page.keyboard.press('Escape')
  const implementation = await addEntry(editor, 'implementation')
  await choose(editor, `${implementation}.findings`, finding)
  await publish(editor, 'recommendations', id)
  expect(editor.refusals).toEqual([])

  // Stored as published: two entries of the right kinds and statuses.
  const stored = await api(cmsUrl(), `/recommendations/${id}?depth=0&locale=${lang}`, {
    token: token(),
  })
  const entries = stored.json.followUp as {
    date: string
    audience: string
    kind: 'response' | 'implementation'
    status: 'supported' | 'in-progress'
  }[]
  expect(entries.map((e) => [e.date.slice(0, 10), e.kind, e.status])).toEqual([
    [dates.response, 'response', 'supported'],
    [dates.implementation, 'implementation', 'in-progress'],
  ])
  // Leaving the form, as a person does, lets others open it (Payload locks a document in use).
  await walkAwayTo(editor, 'recommendations')

  // The recommendation's page, once built: status, as-of date, the timeline oldest first.
  const pagePath = urls.recommendation(lang, code)
  await see(pagePath, w.implementation)
  await page.goto(`${siteUrl()}${pagePath}`)
  const status = page.locator('[data-follow-up-status]').first()
  expect(await status.getAttribute('data-follow-up-status')).toBe('in-progress')
  expect(await status.innerText()).toContain(w.statuses.implementation)
  const items = page.locator('ol#follow-up > li')
  const facts = entries.map((e) => ({ ...e, date: e.date.slice(0, 10) }))
  expect(await items.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(
    facts.map((e) => followUpAnchor(facts, e)),
  )
  const first = await items.nth(0).innerText()
  for (const text of [w.response, w.statuses.response, w.kinds.response, w.source]) {
    expect(first).toContain(text)
  }
  expect(await items.nth(0).locator('a[href="https://example.org/annual-meeting"]').count()).toBe(1)
  expect(await items.nth(1).innerText()).toContain(w.implementation)
  expect(
    await items
      .nth(1)
      .locator(`a[href*="${urls.finding(lang, finding)}"]`)
      .count(),
  ).toBe(1)
  expect(await page.locator('body').innerText()).toContain(w.statusAsOf)

  // The status page lists it.
  const byStatus = await live(urls.recommendationsByStatus(lang, 'in-progress'))
  expect(byStatus).toContain(`href="${pagePath}"`)

  // The overview counts it, by audience and by theme.
  expect(await countIn('audience', audience)).toBe(before.audience + 1)
  expect(await countIn('theme', theme)).toBe(before.theme + 1)

  // The feed links to each entry on the page.
  const feed = await live(urls.followUpFeed(lang))
  for (const entry of facts) {
    expect(feed).toContain(`${pagePath}#${followUpAnchor(facts, entry)}`)
  }

  // Open data: the entries, and the recommendation's status with its date.
  const data = JSON.parse(await live(urls.followUpData('json'))) as {
    docs?: Record<string, unknown>[]
  }
  const rows = (data.docs ?? []).filter((row) => row.recommendation === code)
  expect(rows).toHaveLength(2)
  expect(JSON.stringify(rows)).toContain(w.implementation)
  const recs = JSON.parse(await live(urls.dataFile('recommendations', 'json'))) as {
    docs: Record<string, unknown>[]
  }
  expect(recs.docs.find((doc) => doc.code === code)).toMatchObject({
    status: 'in-progress',
    statusAsOf: dates.implementation,
  })
}

/** A translator's form: the entry's status and facts are read-only; its statement is not. */
async function translatorSeesFollowUp(editor: Editor) {
  const { page } = editor
  const id = await recommendationId(cases.ar.code)
  await openDocument(editor, cmsUrl(), 'recommendations', id, editor.lang)
  const status = page.locator('#field-followUp__0__status')
  await status.waitFor()
  // Read-only once the form has hydrated (the server's first render is not marked yet).
  for (const select of ['status', 'kind', 'audience']) {
    await page
      .locator(`#field-followUp__0__${select} .rs--is-disabled`)
      .waitFor({ timeout: 30_000 })
  }
  // Trying anyway: the click opens no menu.
  await status.locator('.rs__control').click({ force: true })
  await page.waitForTimeout(1_000)
  expect(await page.locator('.rs__option').count()).toBe(0)
  const date = page.locator('input#field-followUp__0__date, #field-followUp__0__date input').first()
  expect(await date.isEditable()).toBe(false)
  expect(await page.locator('#field-followUp__0__statement').isEditable()).toBe(true)
  // The editors walked away and released the document: no "someone is editing" in the way.
  expect(await page.locator('#document-locked').count()).toBe(0)
}

describe('follow-up of a recommendation, through the admin form', () => {
  it(
    'in the ar admin and then the en admin, an editor adds a response and an implementation entry with a source and publishes; the site shows, lists, counts, feeds, publishes and cites it',
    { timeout: 1_800_000 },
    async () => {
      for (const lang of ['ar', 'en'] as const) {
        await asEditor(lang, followUpJourney, await account('editor', lang))
      }
    },
  )

  it.each(['ar', 'en'] as const)(
    'in the %s admin, a translator cannot change a follow-up entry’s status, kind, date or addressee',
    { timeout: 300_000 },
    async (lang) => {
      await asEditor(lang, translatorSeesFollowUp, await account('translator', lang))
    },
  )
})
