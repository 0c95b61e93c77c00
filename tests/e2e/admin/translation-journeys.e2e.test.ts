/**
 * Issue 18's acceptance journey, in the real admin (Chromium), once with Arabic as the source and
 * once with English: an editor corrects a published finding's statement and publishes; the reader's
 * page in the other language says the translation may lag; the dashboard counts it and the
 * translation queue lists it; a translator follows the queue to the document, finds the field
 * marked "out of date" with the source beside it, and updates the translation (typing
 * it, or marking the unchanged text translated); the queue empties; once an editor publishes, the
 * page's notice is gone. One main job (`scripts/start.ts`: CMS, real builds, static site) serves
 * the whole file; the two journeys run side by side (different findings), sharing its builds.
 */
import { describe, it, type ExpectStatic } from 'vitest'
import { urls } from '@mahjar/shared/urls'
import {
  follow,
  leaveDocument,
  openDocument,
  publish,
  typeInto,
  waitForAutosave,
  walkAwayTo,
  type AdminLang,
  type Editor,
} from '../../helpers/admin-journey.ts'
import { api, login } from '../../helpers/http.ts'
import { waitFor } from '../main/main-job.ts'
import { useJourneyBench } from './journey-bench.ts'

const { asEditor, cmsUrl, live, see, token } = useJourneyBench({
  email: 'admin-translation@mahjar.test',
  password: 'a long passphrase for tests',
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
const words = {
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
async function openQueueFromDashboard(editor: Editor, target: AdminLang, expect: ExpectStatic) {
  const { page } = editor
  await page.goto(`${cmsUrl()}/admin`)
  await page.locator('.template-default--nav-hydrated').first().waitFor()
  const link = page.locator(`.translation-queue-summary a[href$="language=${target}"]`)
  expect(await link.innerText()).toContain(
    words[editor.lang].waiting(languageNames[editor.lang][target]),
  )
  await follow(page, link, /\/admin\/translations\?language=/)
  await page.locator('.translation-queue h1').waitFor()
}

/**
 * The two journeys run side by side: each asserts with its own test's `expect`, since the global
 * one belongs to whichever test vitest last started (`expect.poll` refuses it once that one ends).
 */
async function translationJourney(c: Case, expect: ExpectStatic) {
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
      await openQueueFromDashboard(editor, c.target, expect)
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
      expect(await marker(editor).innerText()).toContain(words[c.target].outdated)
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
      await openQueueFromDashboard(editor, c.target, expect)
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
  it.for(cases)(
    'with $source as the source: the $target field says out of date, the queue lists it, a translator updates it, the queue empties and the $target page loses its lag notice',
    { timeout: 1_800_000 },
    async (c, { expect }) => {
      await translationJourney(c, expect)
    },
  )
})
