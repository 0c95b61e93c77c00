/**
 * Markdown fields read as the plain words a reader sees (search records, excerpts, page
 * descriptions), through the one parser site and scripts share. The inputs are the seed corpus's
 * own Markdown (content/), read from its files, and seed sentences with the links, images, code,
 * HTML and GFM the seed does not use yet written into them. `before` is what the regex stripper
 * this parser replaced (scripts/lib/search/plain-text.ts) made of the same input: every case reads
 * the same or better.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { markdownToPlainText } from '@mahjar/shared/plain-text'
import { fromRoot } from '../../helpers/paths.ts'

interface LocalizedMarkdown {
  ar: string
  en: string
}

/** A seed file as its YAML says, typed by the caller. */
function seed(file: string): unknown {
  return parse(readFileSync(fromRoot('content', file), 'utf8'))
}

const report = seed('reports/activism-in-exile/report.yaml') as {
  chapters: { key: string; body: LocalizedMarkdown }[]
}
const about = report.chapters.find((chapter) => chapter.key === 'about')?.body
const edition = seed('campaigns/almahjar-can-2021.yaml') as { summary: LocalizedMarkdown }

/** The part of a seed field from one heading to the next (or to its end). */
function section(markdown: string | undefined, from: string, to?: string): string {
  const start = markdown?.indexOf(from) ?? -1
  if (markdown === undefined || start < 0) throw new Error(`the seed has no "${from}"`)
  return markdown.slice(start, to === undefined ? undefined : markdown.indexOf(to))
}

describe('seed Markdown reads as before', () => {
  it('an Arabic heading, paragraph and numbered list with bold leads: every block a word apart, punctuation kept', () => {
    expect(markdownToPlainText(section(about?.ar, '### مشروع «الناشطية في المنفى»'))).toBe(
      'مشروع «الناشطية في المنفى» يسعى المشروع إلى إشراك الشتات على نحو أوسع في صنع السياسات الدولية، بهدف تحسين أوضاع حقوق الإنسان وتحقيق الاستقرار في المنطقة، وذلك بتزويد نشطاء الشتات ومنظماته بالمعرفة والمهارات، والدعوة إلى إشراكهم في صنع السياسات في المجتمعات الهشة، والإسهام في الاستجابات الدولية الجماعية للنزاعات والهجرة. ويقوم على ثلاثة أنشطة: إعادة نشطاء الشتات والمدافعين/ات عن حقوق الإنسان إلى الطاولة: عصف ذهني وتوليد أفكار وصياغة أدوات معهم ومن أجلهم. المهجر يستطيع: بناء قدراتهم، انطلاقًا من المواد التي طُوّرت، في مجالات رئيسية تُختار وفق احتياجاتهم وخططهم طويلة الأمد واهتماماتهم. أعمال الشتات: يخطط المشاركون/ات خلال برنامج بناء القدرات مبادراتٍ تتحول بعد ذلك إلى أفعال حقيقية.',
    )
  })

  it('an English heading, paragraph and bulleted list with bold leads', () => {
    expect(
      markdownToPlainText(section(about?.en, '### About HuMENA', '### The "Activism in Exile"')),
    ).toBe(
      "About HuMENA Long conflicts in the region have destroyed infrastructure and taken many lives, and displacement continues as conflicts shift and political change accelerates. Human rights violations have grown to the point where the law itself has become a burden on the exercise of basic rights, and at times a threat to life. In this context, HuMENA for Human Rights and Civic Engagement was founded in April 2018 by human rights experts, civil society actors and academics from the region, to advocate a human-rights-based approach by changing power relations, strengthening accountability, combating discrimination and encouraging cooperation among the region's organisations. Vision: a region where all citizens and non-citizens enjoy a democratic, just and fair environment that values and protects human rights. Mission: to protect the rights of all individuals and groups in the region, especially the most vulnerable, and to promote human rights, civil liberties, freedom of expression and participation as the foundation of social stability, lasting peace and active citizenship.",
    )
  })

  it('English italics inside straight quotes and parentheses', () => {
    expect(markdownToPlainText(section(edition.summary.en, '"AlMahjar Can"', '\n\n'))).toBe(
      '"AlMahjar Can" (the diaspora can) is the theme of the first edition of the 10 Days of Activism for the Arab Diaspora, an event to be held every year from 15 to 25 January.',
    )
  })

  it('images keep their alt text, a word apart from the next image; inline code keeps its text', () => {
    expect(
      markdownToPlainText(
        '![شعار هيومينا](/media/humena-logo.png)![HuMENA logo](/media/humena-logo-en.png)\n\nأضف الوسم `#AlMahjarCan` إلى منشوراتك.',
      ),
    ).toBe('شعار هيومينا HuMENA logo أضف الوسم #AlMahjarCan إلى منشوراتك.')
  })

  it('a code fence is dropped and an inline HTML tag leaves its text', () => {
    expect(
      markdownToPlainText(
        'Add the hashtag to your posts:\n\n```\n#AlMahjarCan\n```\n\n<abbr title="Human Rights and Civic Engagement">HuMENA</abbr> was founded in April 2018.',
      ),
    ).toBe('Add the hashtag to your posts: HuMENA was founded in April 2018.')
  })
})

/** Inputs the regexes read wrongly: the output now, and what they made of it. */
const better: { name: string; markdown: string; text: string; before: string }[] = [
  {
    name: 'a link glued to an Arabic prefix stays one word, and a “)” in its address leaves no trace',
    markdown:
      'استرشد البحث بـ[«الإطار المفاهيمي»](https://humena.org/framework_(2019)) الذي وضعته هيومينا في مرحلة التأسيس.',
    text: 'استرشد البحث بـ«الإطار المفاهيمي» الذي وضعته هيومينا في مرحلة التأسيس.',
    before: 'استرشد البحث بـ «الإطار المفاهيمي» ) الذي وضعته هيومينا في مرحلة التأسيس.',
  },
  {
    name: 'an underscore inside a word (the campaign hashtag) is kept, so the hashtag is found',
    markdown: 'أضف الوسم #AlMahjarCan_21 إلى منشوراتك. Add `#AlMahjarCan_21` to your posts.',
    text: 'أضف الوسم #AlMahjarCan_21 إلى منشوراتك. Add #AlMahjarCan_21 to your posts.',
    before: 'أضف الوسم #AlMahjarCan21 إلى منشوراتك. Add #AlMahjarCan21 to your posts.',
  },
  {
    name: 'entities are decoded and escaped asterisks are text',
    markdown: 'Freedom House &amp; CSO Lifeline made this study possible \\*in full\\*.',
    text: 'Freedom House & CSO Lifeline made this study possible *in full*.',
    before: 'Freedom House &amp; CSO Lifeline made this study possible \\in full\\.',
  },
  {
    name: 'a setext heading, a rule and a reference link leave no syntax and no address',
    markdown:
      'Disclaimer\n==========\n\nThe study was prepared in good faith.\n\n---\n\nSee [the methodology][method].\n\n[method]: https://humena.org/methodology',
    text: 'Disclaimer The study was prepared in good faith. See the methodology.',
    before:
      'Disclaimer ========== The study was prepared in good faith. --- See [the methodology][method]. [method]: https://humena.org/methodology',
  },
  {
    name: 'a GFM table, strikethrough and footnote read as their words, in Arabic',
    markdown:
      '| البلد | النشطاء |\n| --- | --- |\n| لبنان | 21 |\n\n~~غير منشور~~ شارك 104 ناشطًا[^1]\n\n[^1]: من أصل 178 دُعوا إليه.',
    text: 'البلد النشطاء لبنان 21 غير منشور شارك 104 ناشطًا من أصل 178 دُعوا إليه.',
    before:
      '| البلد | النشطاء | | --- | --- | | لبنان | 21 | غير منشور شارك 104 ناشطًا[^1] [^1]: من أصل 178 دُعوا إليه.',
  },
  {
    name: 'HTML blocks keep their words apart, a script says nothing, a hard break is a space',
    markdown:
      '<p>Acknowledgements</p><p>The HuMENA team</p>\n\n<script>track()</script>\n\nthanks\\\nColleen',
    text: 'Acknowledgements The HuMENA team thanks Colleen',
    before: 'Acknowledgements The HuMENA team track() thanks\\ Colleen',
  },
  {
    name: 'a script or a style inside a sentence says nothing either',
    markdown: 'شكرًا <style>p{color:red}</style>لفريق <script>track()</script>هيومينا',
    text: 'شكرًا لفريق هيومينا',
    before: 'شكرًا p{color:red} لفريق track() هيومينا',
  },
  {
    name: 'a fence of tildes and a task list leave no marks',
    markdown: '~~~\n#AlMahjarCan\n~~~\n\n- [x] نشر الوسم\n- [ ] مشاركة القصص',
    text: 'نشر الوسم مشاركة القصص',
    before: '~ #AlMahjarCan ~ [x] نشر الوسم [ ] مشاركة القصص',
  },
]

describe('Markdown the regexes misread reads as the page shows it', () => {
  it.each(better)('$name', ({ markdown, text, before }) => {
    const plain = markdownToPlainText(markdown)
    expect(plain).toBe(text)
    expect(plain).not.toBe(before)
  })
})
