/**
 * Share cards: one Open Graph image (1200×630 PNG) per finding per language, with the key figure
 * and the statement in that language. Drawn as HTML by Chromium, whose text stack (HarfBuzz and
 * the Unicode bidi algorithm) shapes Arabic and lays out right-to-left text correctly, with the
 * system's Noto Naskh Arabic and Noto Serif faces (Debian fonts-noto-core).
 */
import type { Browser, Page } from 'playwright-core'
import { shareCardPath, shortLinkPath, textIn, type CitableReport } from '@mahjar/shared/citation'
import { useTranslations } from '@mahjar/shared/i18n'
import { getLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import type { Finding } from '@mahjar/shared/schemas/collections'
import { statisticText } from '@mahjar/shared/statistic'
import type { OutputFile } from './files.ts'
import { escapeMarkup } from '@mahjar/shared/markup'

export const cardSize = { width: 1200, height: 630 } as const

const fontFamilies: Readonly<Record<LocaleCode, string>> = {
  ar: "'Noto Naskh Arabic', 'Noto Serif', serif",
  en: "'Noto Serif', 'Noto Naskh Arabic', serif",
}

export interface CardInput {
  readonly finding: Pick<Finding, 'code' | 'statement' | 'statistic' | 'exhibit'>
  readonly report: CitableReport
  readonly lang: LocaleCode
  /** Shown at the foot of the card: the site's host and the short link. */
  readonly host: string
}

/** The card as an HTML document (`fitStatement` then fits the statement to its box). */
export function cardHtml({ finding, report, lang, host }: CardInput): string {
  const locale = getLocale(lang)
  const t = useTranslations(lang)
  const stat = finding.statistic ? statisticText(finding.statistic, lang) : undefined
  const statement = textIn(finding.statement, lang, `finding ${finding.code} statement`)
  const exhibit = finding.exhibit ? textIn(finding.exhibit, lang, 'exhibit') : undefined
  const from = t('cite.card.from', {
    report: textIn(report.title, lang, 'report title'),
    publisher: textIn(report.publisher, lang, 'report publisher'),
  })
  const figure = stat
    ? `<p class="figure">${stat.qualifier ? `<span class="qualifier">${escapeMarkup(stat.qualifier)}</span> ` : ''}<bdi>${escapeMarkup(stat.figure)}</bdi>${stat.base ? ` <span class="base" dir="ltr">${escapeMarkup(stat.base)}</span>` : ''}</p>`
    : ''
  return `<!doctype html>
<html lang="${locale.code}" dir="${locale.dir}">
<head>
<meta charset="utf-8">
<style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: ${cardSize.width}px; height: ${cardSize.height}px; }
  body {
    font-family: ${fontFamilies[lang]};
    background: #fbf7ef; color: #1d1b16;
    border-inline-start: 28px solid #0f5c4d;
    padding: 48px 64px 40px 56px; padding-inline: 56px 64px;
    display: flex; flex-direction: column; gap: 20px;
  }
  header { display: flex; justify-content: space-between; align-items: baseline;
    font-size: 26px; color: #0f5c4d; font-weight: 700; }
  .code { font-family: 'Noto Sans', sans-serif; font-size: 24px; letter-spacing: 0.04em; color: #5b554a; }
  .figure { font-size: 88px; line-height: 1.1; font-weight: 700; color: #0f5c4d; }
  .qualifier { font-size: 40px; font-weight: 400; }
  .base { font-family: 'Noto Sans', sans-serif; font-size: 28px; font-weight: 400; color: #5b554a; }
  .statement { flex: 1; overflow: hidden; font-size: 40px; line-height: 1.45; }
  footer { display: flex; justify-content: space-between; gap: 32px; font-size: 22px; color: #5b554a; }
  footer .from { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  footer .link { font-family: 'Noto Sans', sans-serif; white-space: nowrap; }
</style>
</head>
<body>
<header><span>${escapeMarkup(t('site.name'))}</span><span class="code" dir="ltr">${escapeMarkup(finding.code)}${exhibit ? ` · ${escapeMarkup(exhibit)}` : ''}</span></header>
${figure}
<p class="statement" id="statement">${escapeMarkup(statement)}</p>
<footer><span class="from">${escapeMarkup(from)}</span><span class="link" dir="ltr">${escapeMarkup(host + shortLinkPath('finding', finding.code))}</span></footer>
</body>
</html>
`
}

/**
 * Run in the page once fonts are loaded: shrinks the statement from 40 px down to 24 px until it
 * fits its box, and past that cuts it at a whole line with an ellipsis.
 */
const fitStatement = `(() => {
  const box = document.getElementById('statement');
  const available = box.clientHeight;
  let size = 40;
  while (box.scrollHeight > available + 1 && size > 24) {
    size -= 2;
    box.style.fontSize = size + 'px';
  }
  if (box.scrollHeight > available + 1) {
    const lines = Math.max(1, Math.floor(available / (size * 1.45)));
    box.style.flex = 'none';
    box.style.display = '-webkit-box';
    box.style.webkitBoxOrient = 'vertical';
    box.style.webkitLineClamp = String(lines);
  }
  return size;
})()`

export interface CardJob {
  readonly finding: CardInput['finding']
  readonly report: CitableReport
}

async function renderOn(
  page: Page,
  jobs: readonly CardJob[],
  host: string,
  files: OutputFile[],
): Promise<void> {
  for (const job of jobs) {
    for (const lang of localeCodes) {
      await page.setContent(cardHtml({ ...job, lang, host }), { waitUntil: 'load' })
      await page.evaluate('document.fonts.ready')
      await page.evaluate(fitStatement)
      const png = await page.screenshot({ type: 'png' })
      files.push({ path: shareCardPath(job.finding.code, lang), content: png })
    }
  }
}

/**
 * Renders every card, spreading the findings over `pages` browser pages drawn in parallel (each
 * page reused from card to card); returns the PNG files.
 */
export async function renderCards(
  browser: Browser,
  jobs: readonly CardJob[],
  host: string,
  pages = 2,
): Promise<OutputFile[]> {
  const files: OutputFile[] = []
  const lanes = Array.from({ length: Math.max(1, Math.min(pages, jobs.length)) }, (_, lane) =>
    jobs.filter((_job, index) => index % pages === lane),
  )
  await Promise.all(
    lanes.map(async (lane) => {
      const page = await browser.newPage({ viewport: cardSize, deviceScaleFactor: 1 })
      try {
        await renderOn(page, lane, host, files)
      } finally {
        await page.close()
      }
    }),
  )
  return files
}
