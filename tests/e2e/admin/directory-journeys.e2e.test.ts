/**
 * Editors do their job on the directory (practices and stories) through the real admin form, in
 * Chromium, in the Arabic admin and again in the English one: create a draft with its lists left
 * empty, type the rich-text body, reload and find it intact, publish and see it on the site,
 * publish a correction, restore an older version and see the live site unchanged until the editor
 * publishes, then rename a published practice and follow its old address to the new page. One story is marked anonymous in the admin: its teller's name (which could expose a
 * target of transnational repression) must reach neither the built page, the feed nor the open
 * data, while the editor still reads and corrects it in the story's Author field. One
 * main job serves the whole file; every step under test is a click or keystroke, REST only checks.
 */
import { describe, expect, it, vi } from 'vitest'
import {
  allSaved,
  choose,
  createNew,
  firstPublishedVersion,
  openDocument,
  publish,
  restoreVersion,
  richTextOf,
  tick,
  typeInto,
  typeRichText,
  valueOf,
  type AdminLang,
  type Editor,
} from '../../helpers/admin-journey.ts'
import { api } from '../../helpers/http.ts'
import { useJourneyBench } from './journey-bench.ts'

const { asEditor, cmsUrl, live, see, settled, siteUrl, token } = useJourneyBench({
  email: 'editor-directory@mahjar.test',
  password: 'a long passphrase for tests',
})

/** The document as staff read it (drafts and the author included), in one locale. */
async function stored(collection: string, id: string, locale: AdminLang) {
  const response = await api(cmsUrl(), `/${collection}/${id}?draft=true&depth=0&locale=${locale}`, {
    token: token(),
  })
  return response.json
}

const words = {
  ar: {
    title: (n: string) => `ممارسة جيدة كتبها محرر ${n}`,
    storyTitle: (n: string) => `شهادة كتبها محرر ${n}`,
    summary: 'ملخص كتبه المحرر في لوحة الإدارة.',
    body: 'نص كامل كتبه المحرر في محرر النص الغني.',
    corrected: 'ملخص مصحح بعد مراجعة المصادر.',
    actor: 'بلدية مدينة المهجر',
    actorType: 'مجتمع مدني',
    kind: 'شهادة من المنفى',
    author: 'سلمى الحلبي',
    renamed: 'سلمى ح.',
    restoreSaysDraft: /مسودة/,
  },
  en: {
    title: (n: string) => `A good practice an editor typed ${n}`,
    storyTitle: (n: string) => `A testimony an editor typed ${n}`,
    summary: 'A summary the editor typed in the admin.',
    body: 'A full body the editor typed in the rich-text editor.',
    corrected: 'A summary corrected after a review of the sources.',
    actor: 'The city council of Mahjar',
    actorType: 'Civil society',
    kind: 'Testimony from exile',
    author: 'Karim Haddad',
    renamed: 'Karim H.',
    restoreSaysDraft: /draft/,
  },
} as const

/**
 * The second half of every journey: publish a corrected summary, restore the first published
 * version (a draft: the live page keeps the correction) and publish it (now live again).
 */
async function correctAndRestore(editor: Editor, collection: string, id: string, sitePath: string) {
  const w = words[editor.lang]
  await typeInto(editor, 'summary', w.corrected)
  await publish(editor, collection, id)
  await see(sitePath, w.corrected)

  const restored = await restoreVersion(
    editor,
    cmsUrl(),
    collection,
    id,
    await firstPublishedVersion(cmsUrl(), token(), collection, id),
  )
  expect(restored.confirmation).toMatch(w.restoreSaysDraft)
  expect(restored.status).toBe(200)
  await openDocument(editor, cmsUrl(), collection, id, editor.lang)
  expect(await valueOf(editor, 'summary')).toBe(w.summary)
  await settled()
  const unchanged = await live(sitePath)
  expect(unchanged).toContain(w.corrected)
  expect(unchanged).not.toContain(w.summary)

  await publish(editor, collection, id)
  await see(sitePath, w.summary)
  expect(editor.refusals).toEqual([])
}

async function practiceJourney(editor: Editor) {
  const { lang } = editor
  const w = words[lang]
  const id = await createNew(editor, cmsUrl(), 'practices')
  await openDocument(editor, cmsUrl(), 'practices', id, lang)

  // A draft with its lists (links, themes, objectives) left empty; the body typed in Lexical.
  const slug = `journey-practice-${lang}-${id.slice(0, 8)}`
  const title = w.title(slug.slice(-8))
  await typeInto(editor, 'title', title)
  await typeInto(editor, 'slug', slug)
  await typeInto(editor, 'summary', w.summary)
  await typeRichText(editor, 'body', w.body)
  await choose(editor, 'countries', /./)
  await typeInto(editor, 'actor', w.actor)
  await choose(editor, 'actorType', w.actorType)
  await allSaved(editor, 'practices', id)
  expect(editor.refusals).toEqual([])

  // Reload: everything typed is still there.
  await openDocument(editor, cmsUrl(), 'practices', id, lang)
  expect(await valueOf(editor, 'title')).toBe(title)
  expect(await valueOf(editor, 'slug')).toBe(slug)
  expect(await valueOf(editor, 'summary')).toBe(w.summary)
  expect(await valueOf(editor, 'actor')).toBe(w.actor)
  expect(await richTextOf(editor, 'body')).toContain(w.body)

  // Publish: served on the site, body included.
  await publish(editor, 'practices', id)
  const sitePath = `/${lang}/practices/${slug}/`
  const page = await see(sitePath, title)
  expect(page).toContain(w.body)
  expect(page).toContain(w.summary)

  await correctAndRestore(editor, 'practices', id, sitePath)

  // Rename the published slug and publish: the site still builds (the CMS's redirects reach it),
  // and a reader opening the old address, in either language, lands on the renamed page.
  const renamed = `${slug}-renamed`
  await typeInto(editor, 'slug', renamed)
  await publish(editor, 'practices', id)
  await see(`/${lang}/practices/${renamed}/`, title)
  const reader = await editor.page.context().newPage()
  try {
    for (const other of ['ar', 'en'] as const) {
      await reader.goto(`${siteUrl()}/${other}/practices/${slug}/`)
      await reader.waitForURL(`${siteUrl()}/${other}/practices/${renamed}/`)
      if (other === lang) expect(await reader.locator('h1').first().innerText()).toBe(title)
    }
  } finally {
    await reader.close()
  }
}

async function storyJourney(editor: Editor) {
  const { lang } = editor
  // The Arabic journey marks its story anonymous; the English one shows the byline, so the
  // absence of the name in Arabic is a finding, not a page that never shows authors.
  const anonymous = lang === 'ar'
  const w = words[lang]
  const id = await createNew(editor, cmsUrl(), 'stories')
  await openDocument(editor, cmsUrl(), 'stories', id, lang)

  // A draft with its lists (outcomes, sources) left empty; the body typed in Lexical.
  const slug = `journey-story-${lang}-${id.slice(0, 8)}`
  const title = w.storyTitle(slug.slice(-8))
  await choose(editor, 'kind', w.kind)
  await typeInto(editor, 'title', title)
  await typeInto(editor, 'slug', slug)
  await typeInto(editor, 'summary', w.summary)
  await typeRichText(editor, 'body', w.body)
  await typeInto(editor, 'author', w.author)
  if (anonymous) await tick(editor, 'anonymous')
  await tick(editor, 'consent')
  await typeInto(editor, 'publishedOn', '2026-11-30')
  await allSaved(editor, 'stories', id)
  expect(editor.refusals).toEqual([])

  // Reload: everything typed is still there, the name kept for staff.
  await openDocument(editor, cmsUrl(), 'stories', id, lang)
  expect(await valueOf(editor, 'title')).toBe(title)
  expect(await valueOf(editor, 'slug')).toBe(slug)
  expect(await valueOf(editor, 'summary')).toBe(w.summary)
  expect(await valueOf(editor, 'author')).toBe(w.author)
  expect(await richTextOf(editor, 'body')).toContain(w.body)
  const draft = await stored('stories', id, lang)
  expect(draft.author).toBe(w.author)
  expect(draft.anonymous).toBe(anonymous)
  expect(draft.consent).toBe(true)

  // Publish: served on the site; the name only where the teller is not anonymous.
  await publish(editor, 'stories', id)
  const sitePath = `/${lang}/stories/${slug}/`
  const page = await see(sitePath, title)
  expect(page).toContain(w.body)
  const openData = await see('/data/stories.json', slug)
  if (anonymous) {
    expect(page).not.toContain(w.author)
    expect(openData).not.toContain(w.author)
  } else {
    expect(page).toContain(w.author)
  }

  await correctAndRestore(editor, 'stories', id, sitePath)
  if (!anonymous) return
  expect(await live(sitePath)).not.toContain(w.author)
  expect(await live('/data/stories.json')).not.toContain(w.author)

  // The name is stored apart from the story now, and the editor still finds it in the story's
  // Author field after every save, restore and publish above; they correct it there and publish.
  await openDocument(editor, cmsUrl(), 'stories', id, lang)
  expect(await valueOf(editor, 'author')).toBe(w.author)
  await typeInto(editor, 'author', w.renamed)
  await publish(editor, 'stories', id)
  await openDocument(editor, cmsUrl(), 'stories', id, lang)
  expect(await valueOf(editor, 'author')).toBe(w.renamed)
  expect((await stored('stories', id, lang)).author).toBe(w.renamed)
  await settled()
  for (const path of [sitePath, '/data/stories.json', `/${lang}/feed.xml`]) {
    const text = await live(path)
    expect(text, path).not.toContain(w.renamed)
    expect(text, path).not.toContain(w.author)
  }
  expect(editor.refusals).toEqual([])
}

// The journeys run two at a time (one build then carries several publishes): each has its own
// browser context and documents, and "the live site is unchanged" holds whatever else builds.
// Four at a time, a clean-clone rehearsal (1 December) lost keys typed into the English practice's
// slug ("jou" + "ce-en-…"): on the loaded machine a form-state answer arrived mid-typing.
vi.setConfig({ maxConcurrency: 2 })

describe.concurrent('the directory, through the admin form', () => {
  it.for(['ar', 'en'] as const)(
    'in the %s admin, an editor creates, reloads, publishes, corrects and restores a practice',
    { timeout: 1_200_000 },
    (lang: AdminLang) => asEditor(lang, practiceJourney),
  )

  it.for(['ar', 'en'] as const)(
    'in the %s admin, an editor creates, reloads, publishes, corrects and restores a story (anonymous in ar, signed in en)',
    { timeout: 1_200_000 },
    (lang: AdminLang) => asEditor(lang, storyJourney),
  )
})
