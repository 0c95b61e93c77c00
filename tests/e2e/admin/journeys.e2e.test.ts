/**
 * Editors do their job through the real admin form, in Chromium, in the Arabic admin and again in
 * the English one: create a draft with its lists left empty, reload and find it intact, publish
 * and see it on the site, change a published figure (refused until a correction entry says what
 * changed), publish the correction, restore an older version and see the live site unchanged
 * until the editor publishes.
 *
 * Then issue 18's translation journey, once with Arabic as the source and once with English: an
 * editor corrects a published finding's statement and publishes; the reader's page in the other
 * language says the translation may lag; the dashboard counts it and the translation queue lists
 * it; a translator follows the queue to the document, finds the field marked "out of date" with
 * the source beside it, and updates the translation (typing it, or marking the unchanged text
 * translated); the queue empties; once an editor publishes, the page's notice is gone (the two run
 * side by side, on different findings).
 *
 * One main job (`scripts/start.ts`: CMS, real builds, static site) serves the whole file; every
 * step under test is a click or keystroke, REST only checks.
 */
import { describe, expect, it } from 'vitest'
import { urls } from '@mahjar/shared/urls'
import {
  choose,
  clickPublish,
  createNew,
  follow,
  leaveDocument,
  openDocument,
  publish,
  restoreVersion,
  typeInto,
  typeIntoRow,
  unpublish,
  valueOf,
  waitForAutosave,
  walkAwayTo,
  type AdminLang,
  type Editor,
} from '../../helpers/admin-journey.ts'
import { api, login } from '../../helpers/http.ts'
import { waitFor } from '../main/main-job.ts'
import { useJourneyBench } from './journey-bench.ts'

const { asEditor, cmsUrl, live, see, settled, siteUrl, token } = useJourneyBench({
  email: 'editor-journeys@mahjar.test',
  password: 'a long passphrase for tests',
})

async function versionWithValue(collection: string, id: string, value: number) {
  const found = await api(
    cmsUrl(),
    `/${collection}/versions?where[parent][equals]=${id}&where[version.statistic.value][equals]=${String(value)}&sort=createdAt&limit=1&depth=0`,
    { token: token() },
  )
  const version = (found.json.docs as { id: string }[] | undefined)?.[0]
  if (!version) throw new Error(`no version of ${id} with value ${String(value)}`)
  return version.id
}

const words = {
  ar: {
    statement: (n: string) => `نتيجة كتبها محرر في المتصفح رقم ${n}`,
    reason: 'أُدمجت فئتان من الإجابات في الرقم، ويُعاد حسابه.',
    reasonOther: 'The figure merged two answer categories; it is being recalculated.',
    needsReason: /سبب السحب/,
    withdrawn: 'مسحوب: ',
    codeWithdrawn: /سُحب من الموقع/,
    correction: 'صُحّحت النسبة من 61% إلى 63% بعد مراجعة البيانات.',
    restoreNote: 'أعيدت النسبة إلى 61% بعد التحقق.',
    needsCorrection: /أضف تصحيحًا في «سجل التصحيحات»/,
    restoreSaysDraft: /مسودة/,
  },
  en: {
    statement: (n: string) => `A finding an editor typed in the browser, number ${n}`,
    reason: 'The figure merged two answer categories; it is being recalculated.',
    reasonOther: 'أُدمجت فئتان من الإجابات في الرقم، ويُعاد حسابه.',
    needsReason: /Reason for withdrawal/,
    withdrawn: 'Withdrawn: ',
    codeWithdrawn: /withdrawn from the site/,
    correction: 'The share was corrected from 61% to 63% after a data review.',
    restoreNote: 'The share went back to 61% after checking.',
    needsCorrection: /Add an entry to the Corrections log/,
    restoreSaysDraft: /draft/,
  },
} as const

/** Create, reload, publish, correct (refused until the log says what changed), restore. */
async function findingJourney(editor: Editor) {
  const { lang } = editor
  // Create new: the next free code and order are suggested.
  const id = await createNew(editor, cmsUrl(), 'findings')
  await openDocument(editor, cmsUrl(), 'findings', id, lang)
  const code = await valueOf(editor, 'code')
  expect(code).toMatch(/^AIE-F\d{2,}$/)
  expect(Number(await valueOf(editor, 'order'))).toBeGreaterThan(1)

  // A draft with every list (breakdown, corrections, themes, countries) left empty.
  const statement = words[lang].statement(code)
  const saved = waitForAutosave(editor, 'findings', id)
  await typeInto(editor, 'statement', statement)
  await saved
  await choose(editor, 'report', /./)
  // The chapter is picked from the chosen report's chapters, not typed as a key.
  await choose(editor, 'chapter', /النتائج|Findings/)
  await typeInto(editor, 'statistic.value', '61')
  await choose(editor, 'statistic.unit', lang === 'ar' ? 'نسبة' : 'Percent')
  await waitForAutosave(editor, 'findings', id)
  expect(editor.refusals).toEqual([])

  // Reload: everything typed is still there.
  await openDocument(editor, cmsUrl(), 'findings', id, lang)
  expect(await valueOf(editor, 'statement')).toBe(statement)
  expect(await valueOf(editor, 'statistic.value')).toBe('61')

  // Publish: served on the site.
  await publish(editor, 'findings', id)
  const sitePath = `/${lang}/findings/${code.toLowerCase()}/`
  await see(sitePath, statement)

  // Change the published figure: refused until a correction entry says what changed.
  await typeInto(editor, 'statistic.value', '63')
  const refused = await clickPublish(editor, 'findings', id)
  expect(refused.status).toBe(400)
  expect(refused.body).toMatch(words[lang].needsCorrection)
  await typeIntoRow(editor, 'corrections', { date: '2026-11-30', note: words[lang].correction })
  await publish(editor, 'findings', id)
  await see(sitePath, words[lang].correction)

  // Restore the first published version: a draft; the live site keeps 63 % and the entry.
  const restored = await restoreVersion(
    editor,
    cmsUrl(),
    'findings',
    id,
    await versionWithValue('findings', id, 61),
  )
  expect(restored.confirmation).toMatch(words[lang].restoreSaysDraft)
  expect(restored.status).toBe(200)
  await openDocument(editor, cmsUrl(), 'findings', id, lang)
  expect(await valueOf(editor, 'statistic.value')).toBe('61')
  await settled()
  const livePage = await live(sitePath)
  expect(livePage).toContain('63')
  expect(livePage).toContain(words[lang].correction)

  // The editor publishes the restored figure, with its correction note: now it is live.
  await typeIntoRow(editor, 'corrections', { date: '2026-11-30', note: words[lang].restoreNote })
  await publish(editor, 'findings', id)
  await see(sitePath, words[lang].restoreNote)
  expect(editor.refusals.filter((r) => !r.includes(' 400 '))).toEqual([])
}

/** Create new, walk away: the untouched draft goes, the one typed into stays. */
async function walkAwayJourney(editor: Editor) {
  const { lang } = editor
  const exists = async (id: string) =>
    (await api(cmsUrl(), `/recommendations/${id}?draft=true&depth=0`, { token: token() }))
      .status === 200
  const untouched = await createNew(editor, cmsUrl(), 'recommendations')
  expect(await exists(untouched)).toBe(true)
  await walkAwayTo(editor, 'recommendations')
  await waitFor('the untouched draft to be removed', 60_000, async () =>
    (await exists(untouched)) ? undefined : true,
  )

  const typed = await createNew(editor, cmsUrl(), 'recommendations')
  const saved = waitForAutosave(editor, 'recommendations', typed)
  await typeInto(editor, 'text', words[lang].statement('R'))
  await saved
  await walkAwayTo(editor, 'recommendations')
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  expect(await exists(typed)).toBe(true)
}

/** The seed findings the withdrawal journeys take off the site, one per admin language. */
const withdrawnCodes = { ar: 'AIE-F40', en: 'AIE-F39' } as const

/**
 * Unpublish a published finding: refused until the public reason is typed (in both languages),
 * then its URLs and short link show the withdrawal notice with the reason, and a new finding
 * cannot take its code.
 */
async function withdrawalJourney(editor: Editor) {
  const { lang } = editor
  const code = withdrawnCodes[lang]
  const found = await api(cmsUrl(), `/findings?where[code][equals]=${code}&depth=0`, {
    token: token(),
  })
  const id = String((found.json.docs as { id: string }[])[0]?.id)
  const sitePath = (l: 'ar' | 'en') => `/${l}/findings/${code.toLowerCase()}/`
  await openDocument(editor, cmsUrl(), 'findings', id, lang)

  // Unpublish without a reason: refused, the toast names the field, the page stays live.
  const refused = await unpublish(editor, 'findings', id)
  expect(refused.status).toBe(400)
  expect(refused.toast).toMatch(words[lang].needsReason)
  expect((await fetch(`${siteUrl()}${sitePath(lang)}`)).status).toBe(200)

  // The reason, typed in the sidebar in the admin's language and then in the other one.
  const other = lang === 'ar' ? 'en' : 'ar'
  let saved = waitForAutosave(editor, 'findings', id)
  await typeInto(editor, 'withdrawalReason', words[lang].reason)
  await saved
  await openDocument(editor, cmsUrl(), 'findings', id, other)
  saved = waitForAutosave(editor, 'findings', id)
  await typeInto(editor, 'withdrawalReason', words[lang].reasonOther)
  await saved
  const done = await unpublish(editor, 'findings', id)
  expect(done.status, done.body).toBe(200)

  // Both pages show the notice with the reason in their language.
  const reasons = { [lang]: words[lang].reason, [other]: words[lang].reasonOther }
  for (const l of [lang, other] as const) await see(sitePath(l), reasons[l] ?? '')
  expect(await live(sitePath('en'))).toContain(`${words.en.withdrawn}${code}`)
  expect(await live(sitePath('ar'))).toContain(`${words.ar.withdrawn}${code}`)
  // The code as printed, in capitals and without the slash, leads to the notice.
  await editor.page.goto(`${siteUrl()}/f/${code}`)
  await editor.page.waitForURL(`**${sitePath(lang)}`)
  expect(await editor.page.locator('h1').innerText()).toContain(code)

  // A new finding cannot take the withdrawn code.
  const fresh = await createNew(editor, cmsUrl(), 'findings')
  await typeInto(editor, 'code', code)
  await editor.page.locator('#action-save').click()
  // Publish is stopped in the form: the code field says why, in the admin's language.
  await editor.page
    .locator('.field-error', { hasText: words[lang].codeWithdrawn })
    .first()
    .waitFor({ state: 'attached', timeout: 60_000 })
  const kept = await api(cmsUrl(), `/findings/${fresh}?draft=true&depth=0`, { token: token() })
  expect(kept.json.code).not.toBe(code)
}

// Findings and Create new run side by side (each has its own browser context and documents);
// within each, Arabic goes before English: Create new suggests the next free code, and two
// editors clicking it in the same second would be offered the same one.
describe.concurrent('findings and Create new, through the admin form', () => {
  it(
    'in the ar admin and then the en admin, an editor creates, reloads, publishes, corrects and restores a finding',
    { timeout: 1_200_000 },
    async () => {
      await asEditor('ar', findingJourney)
      await asEditor('en', findingJourney)
    },
  )

  it(
    'in the ar admin and then the en admin, an editor withdraws a published finding with a public reason; its URLs and short link show the notice, its code is never reused',
    { timeout: 1_200_000 },
    async () => {
      await asEditor('ar', withdrawalJourney)
      await asEditor('en', withdrawalJourney)
    },
  )

  it(
    'in the ar admin and then the en admin, Create new leaves no empty draft behind when the editor walks away, and keeps one they typed into',
    { timeout: 600_000 },
    async () => {
      await asEditor('ar', walkAwayJourney)
      await asEditor('en', walkAwayJourney)
    },
  )
})

type Case = {
  readonly code: string
  readonly source: AdminLang
  readonly target: AdminLang
  readonly corrected: string
  /** The translator's step: type a new translation, or mark the unchanged one translated. */
  readonly translation: { readonly typed: string } | 'mark'
}

const cases: readonly Case[] = [
  {
    code: 'AIE-F05',
    source: 'ar',
    target: 'en',
    corrected: '[بيانات اختبارية] نص النتيجة بعد تصحيح الرقم في المصدر العربي.',
    translation: { typed: '[Test data] The finding after the figure was corrected in Arabic.' },
  },
  {
    code: 'AIE-F06',
    source: 'en',
    target: 'ar',
    corrected: '[Test data] The statement after a wording correction in the English source.',
    translation: 'mark',
  },
]

/** What each admin language says of a lagging field, and of the queue's count. */
const queueWords = {
  ar: { outdated: 'متأخر', waiting: (language: string) => `إلى ${language}` },
  en: { outdated: 'Out of date', waiting: (language: string) => `for ${language}` },
} as const
/** The page's notice, in the lagging page's language (shared/src/i18n). */
const lagSays = { en: 'The Arabic text was updated on', ar: 'حُدِّث النص الإنجليزي في' } as const
const languageNames = {
  ar: { ar: 'العربية', en: 'الإنجليزية' },
  en: { ar: 'Arabic', en: 'English' },
} as const

async function findingId(code: string): Promise<string> {
  const found = await api(cmsUrl(), `/findings?where[code][equals]=${code}&depth=0`, {
    token: token(),
  })
  const id = (found.json.docs as { id: string }[] | undefined)?.[0]?.id
  if (!id) throw new Error(`no finding ${code} in the CMS`)
  return id
}

/** A signed-in translator, made by the first admin over REST (set-up, not a step). */
async function translatorToken(lang: AdminLang): Promise<string> {
  const email = `translator-queue-${lang}@mahjar.test`
  const password = 'another long passphrase for tests'
  const created = await api(cmsUrl(), '/users', {
    method: 'POST',
    token: token(),
    body: { email, password, role: 'translator', name: `translator ${lang}` },
  })
  if (created.status !== 201) throw new Error(`could not create ${email}: ${created.status}`)
  return login(cmsUrl(), email, password)
}

const marker = (editor: Editor) => editor.page.locator('[data-ledger-path="statement"]').first()
/** The page's "this translation may lag" notice (site/src/components/TranslationLag.astro). */
const lagNotice = /class="translation-lag\b/

/** The queue's rows for the finding, reached the way a translator does: dashboard, then link. */
async function openQueueFromDashboard(editor: Editor, target: AdminLang) {
  const { page } = editor
  await page.goto(`${cmsUrl()}/admin`)
  await page.locator('.template-default--nav-hydrated').first().waitFor()
  const link = page.locator(`.translation-queue-summary a[href$="language=${target}"]`)
  expect(await link.innerText()).toContain(
    queueWords[editor.lang].waiting(languageNames[editor.lang][target]),
  )
  await follow(page, link, /\/admin\/translations\?language=/)
  await page.locator('.translation-queue h1').waitFor()
}

async function translationJourney(c: Case) {
  const id = await findingId(c.code)
  const pagePath = urls.finding(c.target, c.code)
  expect(await live(pagePath)).not.toMatch(lagNotice)

  // The editor corrects the source text and publishes.
  await asEditor(c.source, async (editor) => {
    await openDocument(editor, cmsUrl(), 'findings', id, c.source)
    await typeInto(editor, 'statement', c.corrected)
    await publish(editor, 'findings', id)
    expect(editor.refusals).toEqual([])
    // Leaving lets the translator in at once (no "someone is editing" in their way).
    await leaveDocument(editor, 'findings')
  })

  // The reader's page in the lagging language says so once the build is live.
  const lagging = await waitFor(`the lag notice on ${pagePath}`, 480_000, async () => {
    const html = await live(pagePath)
    return lagNotice.test(html) ? html : undefined
  })
  expect(lagging).toContain(lagSays[c.target])

  // The translator, in the other admin language, follows the queue to the document.
  const translator = await translatorToken(c.target)
  await asEditor(
    c.target,
    async (editor) => {
      const { page } = editor
      await openQueueFromDashboard(editor, c.target)
      const row = page.locator(`tr[data-collection="findings"] a`, { hasText: c.code })
      expect(await row.count()).toBe(1)
      await follow(page, row, new RegExp(`/admin/collections/findings/${id}\\?locale=${c.target}`))
      await expect
        .poll(() => marker(editor).getAttribute('data-state'), { timeout: 30_000 })
        .toBe('outdated')
      // The editor has left: nobody holds the document ("someone is editing" would block typing).
      expect(await page.locator('#document-locked').count()).toBe(0)
      // It says so in the translator's admin language, the corrected source beside it in its own
      // language and direction.
      expect(await marker(editor).innerText()).toContain(queueWords[c.target].outdated)
      const source = marker(editor).locator('blockquote')
      expect(await source.innerText()).toBe(c.corrected)
      expect(await source.getAttribute('lang')).toBe(c.source)
      expect(await source.getAttribute('dir')).toBe(c.source === 'ar' ? 'rtl' : 'ltr')

      const saved = waitForAutosave(editor, 'findings', id)
      if (c.translation === 'mark') {
        await marker(editor).locator('button.translation-marker__mark').click()
      } else {
        await typeInto(editor, 'statement', c.translation.typed)
      }
      await saved
      expect(await marker(editor).getAttribute('data-state')).toBe('current')
      expect(editor.refusals).toEqual([])
      // A translator's view takes no document lock (none is recorded while they edit): none to wait for.
      await walkAwayTo(editor, 'findings')

      // The queue no longer lists it.
      await openQueueFromDashboard(editor, c.target)
      expect(
        await page.locator(`tr[data-collection="findings"] a`, { hasText: c.code }).count(),
      ).toBe(0)
    },
    translator,
  )

  // The translator's work is a draft; an editor publishes it, and the notice goes.
  await asEditor(c.source, async (editor) => {
    await openDocument(editor, cmsUrl(), 'findings', id, c.target)
    await expect
      .poll(() => marker(editor).getAttribute('data-state'), { timeout: 30_000 })
      .toBe('current')
    await publish(editor, 'findings', id)
    expect(editor.refusals).toEqual([])
    await walkAwayTo(editor, 'findings')
  })
  if (c.translation !== 'mark') await see(pagePath, c.translation.typed)
  await waitFor(`the lag notice to leave ${pagePath}`, 480_000, async () =>
    lagNotice.test(await live(pagePath)) ? undefined : true,
  )
  const stored = await api(cmsUrl(), `/findings/${id}?depth=0&locale=${c.target}`, {
    token: token(),
  })
  expect(stored.json.translationStatus).toEqual([])
}

describe.concurrent('the translation of a corrected text, through the admin form', () => {
  it.each(cases)(
    'with $source as the source: the $target field says out of date, the queue lists it, a translator updates it, the queue empties and the $target page loses its lag notice',
    { timeout: 1_800_000 },
    async (c) => {
      await translationJourney(c)
    },
  )
})
