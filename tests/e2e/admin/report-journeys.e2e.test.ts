/**
 * Editors do their job on reports, recommendations and campaign editions through the real admin
 * form, in Chromium, in the Arabic admin and again in the English one: create a draft with its
 * lists left empty, reload and find it intact, publish and see it on the site, edit and publish a
 * correction, restore an older version and see the live site unchanged until the editor
 * publishes. One main job (`scripts/start.ts`: CMS, real builds, static site) and one Chromium
 * serve the whole file; every step under test is a click or keystroke, REST only checks.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  choose,
  createNew,
  firstPublishedVersion,
  openAdmin,
  openDocument,
  publish,
  restoreVersion,
  typeInto,
  typeIntoRow,
  typeRichText,
  valueOf,
  waitForAutosave,
  type AdminLang,
  type Editor,
} from '../../helpers/admin-journey.ts'
import { buildsSettled, seeOnSite, startJourneyBench, type MainJob } from '../main/main-job.ts'

// A build after a publish took up to ~4 min on the loaded 2-core machine.
const buildWaitMs = 480_000
const journeyMs = 1_200_000
const admin = { email: 'editor-reports@mahjar.test', password: 'a long passphrase for tests' }

let job: MainJob | undefined
let browser: Browser | undefined
let token = ''

function running(): MainJob {
  if (!job) throw new Error('The main job is not running (see beforeAll)')
  return job
}

beforeAll(async () => {
  ;({ job, browser, token } = await startJourneyBench(admin))
}, 930_000)

afterAll(async () => {
  await browser?.close()
  await job?.stop()
}, 60_000)

/** The admin in `lang`, signed in, closed after the describe block. */
function editorIn(lang: AdminLang) {
  const holder: { editor?: Editor } = {}
  beforeAll(async () => {
    if (!browser) throw new Error('Chromium did not start')
    holder.editor = await openAdmin(browser, running().cmsUrl, token, lang)
  })
  afterAll(async () => {
    await holder.editor?.close()
  })
  return () => {
    if (!holder.editor) throw new Error('The admin did not open')
    return holder.editor
  }
}

const see = (sitePath: string, text: string) => seeOnSite(running(), sitePath, text, buildWaitMs)
const live = async (sitePath: string) => (await fetch(`${running().siteUrl}${sitePath}`)).text()
const settled = () => buildsSettled(running(), token, buildWaitMs)

/**
 * Restores the document's first published version through the admin, checks the confirmation
 * says it makes a draft and that the live page keeps `current` and lacks `restored`; then the
 * editor publishes and the restored text goes live.
 */
async function restoreThenPublish(
  editor: Editor,
  collection: string,
  id: string,
  sitePath: string,
  texts: { field: string; restored: string; current: string },
) {
  const { cmsUrl } = running()
  const version = await firstPublishedVersion(cmsUrl, token, collection, id)
  const restored = await restoreVersion(editor, cmsUrl, collection, id, version)
  expect(restored.confirmation).toMatch(editor.lang === 'ar' ? /مسودة/ : /draft/)
  expect(restored.status).toBe(200)
  await openDocument(editor, cmsUrl, collection, id, editor.lang)
  expect(await valueOf(editor, texts.field)).toBe(texts.restored)
  await settled()
  const page = await live(sitePath)
  expect(page).toContain(texts.current)
  expect(page).not.toContain(texts.restored)

  await publish(editor, collection, id)
  await see(sitePath, texts.restored)
}

const words = {
  ar: {
    title: 'تقرير كتبه محرر في المتصفح',
    subtitle: 'عنوان فرعي أول للتقرير',
    subtitleCorrected: 'عنوان فرعي مصحَّح بعد المراجعة',
    summary: 'ملخص التقرير كما كتبه المحرر.',
    publisher: 'المهجر',
    chapterTitle: 'النتائج الأولى',
    chapterBody: 'نص الفصل الأول.',
    recommendation: 'توصية كتبها محرر في المتصفح',
    recommendationCorrected: 'توصية مصحَّحة بعد مراجعة الصياغة',
    correction: 'صُحّحت صياغة التوصية بعد المراجعة.',
    campaignName: 'حملة المحررين',
    theme: 'موضوع أول للدورة',
    themeCorrected: 'موضوع مصحَّح للدورة',
    objective: 'أن يصل صوت المهجر إلى صناع القرار.',
    hashtag: '#رحلة_المحرر',
  },
  en: {
    title: 'A report an editor typed in the browser',
    subtitle: 'A first subtitle of the report',
    subtitleCorrected: 'A subtitle corrected after review',
    summary: 'The summary of the report as the editor typed it.',
    publisher: 'Mahjar',
    chapterTitle: 'First findings',
    chapterBody: 'The text of the first chapter.',
    recommendation: 'A recommendation an editor typed in the browser',
    recommendationCorrected: 'A recommendation corrected after a wording review',
    correction: 'The wording of the recommendation was corrected after review.',
    campaignName: 'The editors campaign',
    theme: 'A first theme of the edition',
    themeCorrected: 'A corrected theme of the edition',
    objective: 'That the voice of the diaspora reaches decision makers.',
    hashtag: '#EditorJourney_21',
  },
} as const

describe.each(['ar', 'en'] as const)('reports, in the %s admin', (lang: AdminLang) => {
  const editor = editorIn(lang)

  it(
    'an editor creates, reloads, publishes, corrects and restores a report through the admin form',
    async () => {
      const { cmsUrl } = running()
      const w = words[lang]
      const slug = `editor-journey-${lang}`
      const id = await createNew(editor(), cmsUrl, 'reports')
      await openDocument(editor(), cmsUrl, 'reports', id, lang)

      // A draft with every list (chapters, themes, countries) left empty.
      const saved = waitForAutosave(editor(), 'reports', id)
      await typeInto(editor(), 'title', w.title)
      await saved
      await typeInto(editor(), 'slug', slug)
      await typeInto(editor(), 'subtitle', w.subtitle)
      await typeInto(editor(), 'publisher', w.publisher)
      await waitForAutosave(editor(), 'reports', id)
      expect(editor().refusals).toEqual([])

      // Reload: everything typed is still there.
      await openDocument(editor(), cmsUrl, 'reports', id, lang)
      expect(await valueOf(editor(), 'title')).toBe(w.title)
      expect(await valueOf(editor(), 'slug')).toBe(slug)
      expect(await valueOf(editor(), 'subtitle')).toBe(w.subtitle)

      // What publishing requires: a summary, a date, the method's counts and one chapter.
      await typeRichText(editor(), 'summary', w.summary)
      await typeInto(editor(), 'publishedOn', '2026-11-30')
      await choose(editor(), 'originalLanguage', lang === 'ar' ? 'العربية' : 'English')
      await typeInto(editor(), 'methodology.activistsInvited', '40')
      await typeInto(editor(), 'methodology.activistsResponded', '12')
      await typeInto(editor(), 'methodology.organisationsContacted', '9')
      await typeInto(editor(), 'methodology.organisationsInterviewed', '3')
      await typeIntoRow(editor(), 'chapters', { key: 'findings', title: w.chapterTitle })
      await typeRichText(editor(), 'chapters.0.body', w.chapterBody)
      await publish(editor(), 'reports', id)
      const sitePath = `/${lang}/reports/${slug}/`
      await see(sitePath, w.title)
      await see(sitePath, w.subtitle)

      // A correction to the published subtitle, published.
      await typeInto(editor(), 'subtitle', w.subtitleCorrected)
      await publish(editor(), 'reports', id)
      await see(sitePath, w.subtitleCorrected)

      await restoreThenPublish(editor(), 'reports', id, sitePath, {
        field: 'subtitle',
        restored: w.subtitle,
        current: w.subtitleCorrected,
      })
      expect(editor().refusals).toEqual([])
    },
    journeyMs,
  )
})

describe.each(['ar', 'en'] as const)('recommendations, in the %s admin', (lang: AdminLang) => {
  const editor = editorIn(lang)

  it(
    'an editor creates, reloads, publishes, corrects and restores a recommendation through the admin form',
    async () => {
      const { cmsUrl } = running()
      const w = words[lang]
      // Create new: the next free code and order are suggested.
      const id = await createNew(editor(), cmsUrl, 'recommendations')
      await openDocument(editor(), cmsUrl, 'recommendations', id, lang)
      const code = await valueOf(editor(), 'code')
      expect(code).toMatch(/^AIE-[A-Z]\d+$/)
      expect(Number(await valueOf(editor(), 'order'))).toBeGreaterThan(1)

      // A draft with every list (audiences, themes, evidence, corrections) left empty.
      const saved = waitForAutosave(editor(), 'recommendations', id)
      await typeInto(editor(), 'text', w.recommendation)
      await saved
      await typeInto(editor(), 'number', 'Z.9')
      await choose(editor(), 'report', /./)
      await waitForAutosave(editor(), 'recommendations', id)
      expect(editor().refusals).toEqual([])

      // Reload: everything typed is still there.
      await openDocument(editor(), cmsUrl, 'recommendations', id, lang)
      expect(await valueOf(editor(), 'text')).toBe(w.recommendation)
      expect(await valueOf(editor(), 'number')).toBe('Z.9')

      // Publishing needs at least one audience and one theme.
      await choose(editor(), 'audiences', /./)
      await choose(editor(), 'themes', /./)
      await publish(editor(), 'recommendations', id)
      const sitePath = `/${lang}/recommendations/${code.toLowerCase()}/`
      await see(sitePath, w.recommendation)

      // A corrected wording, with its entry in the corrections log, published.
      await typeInto(editor(), 'text', w.recommendationCorrected)
      await typeIntoRow(editor(), 'corrections', { date: '2026-11-30', note: w.correction })
      await publish(editor(), 'recommendations', id)
      const corrected = await see(sitePath, w.recommendationCorrected)
      expect(corrected).toContain(w.correction)

      await restoreThenPublish(editor(), 'recommendations', id, sitePath, {
        field: 'text',
        restored: w.recommendation,
        current: w.recommendationCorrected,
      })
      // The corrections log survives the restore.
      expect(await live(sitePath)).toContain(w.correction)
      expect(editor().refusals).toEqual([])
    },
    journeyMs,
  )
})

describe.each(['ar', 'en'] as const)('campaign editions, in the %s admin', (lang: AdminLang) => {
  const editor = editorIn(lang)

  it(
    'an editor creates, reloads, publishes, corrects and restores a campaign edition through the admin form',
    async () => {
      const { cmsUrl } = running()
      const w = words[lang]
      const campaign = `editor-journey-${lang}`
      const id = await createNew(editor(), cmsUrl, 'campaign-editions')
      await openDocument(editor(), cmsUrl, 'campaign-editions', id, lang)

      // A draft with every list (objectives, actions, partners) left empty.
      const saved = waitForAutosave(editor(), 'campaign-editions', id)
      await typeInto(editor(), 'theme', w.theme)
      await saved
      await typeInto(editor(), 'campaign', campaign)
      await typeInto(editor(), 'campaignName', w.campaignName)
      await typeInto(editor(), 'edition', '1')
      await typeInto(editor(), 'year', '2026')
      await typeInto(editor(), 'hashtag', w.hashtag)
      await waitForAutosave(editor(), 'campaign-editions', id)
      expect(editor().refusals).toEqual([])

      // Reload: everything typed is still there.
      await openDocument(editor(), cmsUrl, 'campaign-editions', id, lang)
      expect(await valueOf(editor(), 'theme')).toBe(w.theme)
      expect(await valueOf(editor(), 'campaign')).toBe(campaign)
      expect(await valueOf(editor(), 'hashtag')).toBe(w.hashtag)

      // Publishing needs the dates and at least one objective.
      await typeInto(editor(), 'startDate', '2026-11-01')
      await typeInto(editor(), 'endDate', '2026-11-30')
      await typeIntoRow(editor(), 'objectives', { text: w.objective })
      await publish(editor(), 'campaign-editions', id)
      const sitePath = `/${lang}/campaigns/${campaign}/2026/`
      const page = await see(sitePath, w.theme)
      expect(page).toContain(w.objective)

      // A correction to the published theme, published.
      await typeInto(editor(), 'theme', w.themeCorrected)
      await publish(editor(), 'campaign-editions', id)
      await see(sitePath, w.themeCorrected)

      await restoreThenPublish(editor(), 'campaign-editions', id, sitePath, {
        field: 'theme',
        restored: w.theme,
        current: w.themeCorrected,
      })
      expect(editor().refusals).toEqual([])
    },
    journeyMs,
  )
})
