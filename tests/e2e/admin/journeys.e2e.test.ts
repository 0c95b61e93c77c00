/**
 * Editors do their job through the real admin form, in Chromium, in the Arabic admin and again in
 * the English one: create a draft with its lists left empty, reload and find it intact, publish
 * and see it on the site, change a published figure (refused until a correction entry says what
 * changed), publish the correction, restore an older version and see the live site unchanged
 * until the editor publishes. One main job (`scripts/start.ts`: CMS, real builds, static site)
 * serves the whole file; every step under test is a click or keystroke, REST only checks.
 */
import { describe, expect, it } from 'vitest'
import {
  choose,
  clickPublish,
  createNew,
  openDocument,
  publish,
  restoreVersion,
  typeInto,
  typeIntoRow,
  unpublish,
  valueOf,
  waitForAutosave,
  walkAwayTo,
  type Editor,
} from '../../helpers/admin-journey.ts'
import { api } from '../../helpers/http.ts'
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
  // The seeded report, by name: the journey files share one main job, and the report journeys
  // make reports of their own, which may come first in the menu.
  await choose(editor, 'report', lang === 'ar' ? 'الناشطية في المنفى' : 'Activism in Exile')
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
