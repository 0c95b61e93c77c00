/**
 * Share cards: one Open Graph image (1200×630 PNG) per finding per language, with the key figure
 * and the statement in that language. Drawn as HTML by Chromium, whose text stack (HarfBuzz and
 * the Unicode bidi algorithm) shapes Arabic and lays out right-to-left text correctly, with the
 * system's Noto Naskh Arabic and Noto Serif faces (Debian fonts-noto-core).
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { citedText, type CitableReport } from '@mahjar/shared/citation'
import { useTranslations } from '@mahjar/shared/i18n'
import { getLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import type { Finding } from '@mahjar/shared/schemas/collections'
import { statisticText } from '@mahjar/shared/statistic'
import { urls } from '@mahjar/shared/urls'
import { withChromium } from '../chromium.ts'
import type { Snapshot } from '../snapshot.ts'
import { writeOutputFiles, type OutputFile } from './files.ts'
import { escapeMarkup } from '@mahjar/shared/markup'

export const cardSize = { width: 1200, height: 630 } as const

/** The system font families the card names (fonts-noto-core), found through fontconfig. */
const fonts = { naskh: 'Noto Naskh Arabic', serif: 'Noto Serif', sans: 'Noto Sans' } as const

const fontFamilies: Readonly<Record<LocaleCode, string>> = {
  ar: `'${fonts.naskh}', '${fonts.serif}', serif`,
  en: `'${fonts.serif}', '${fonts.naskh}', serif`,
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
  const statement = citedText(finding.statement, lang, `finding ${finding.code} statement`)
  const exhibit = finding.exhibit ? citedText(finding.exhibit, lang, 'exhibit') : undefined
  const from = t('cite.card.from', {
    report: citedText(report.title, lang, 'report title'),
    publisher: citedText(report.publisher, lang, 'report publisher'),
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
  .code { font-family: '${fonts.sans}', sans-serif; font-size: 24px; letter-spacing: 0.04em; color: #5b554a; }
  .figure { font-size: 88px; line-height: 1.1; font-weight: 700; color: #0f5c4d; }
  .qualifier { font-size: 40px; font-weight: 400; }
  .base { font-family: '${fonts.sans}', sans-serif; font-size: 28px; font-weight: 400; color: #5b554a; }
  .statement { flex: 1; overflow: hidden; font-size: 40px; line-height: 1.45; }
  footer { display: flex; justify-content: space-between; gap: 32px; font-size: 22px; color: #5b554a; }
  footer .from { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  footer .link { font-family: '${fonts.sans}', sans-serif; white-space: nowrap; }
</style>
</head>
<body>
<header><span>${escapeMarkup(t('site.name'))}</span><span class="code" dir="ltr">${escapeMarkup(finding.code)}${exhibit ? ` · ${escapeMarkup(exhibit)}` : ''}</span></header>
${figure}
<p class="statement" id="statement">${escapeMarkup(statement)}</p>
<footer><span class="from">${escapeMarkup(from)}</span><span class="link" dir="ltr">${escapeMarkup(host + urls.shortLink('finding', finding.code))}</span></footer>
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

/** Every share card of a snapshot: each finding in each language, with its report. */
export function shareCardsOf(
  snapshot: Pick<Snapshot, 'findings' | 'reports'>,
  siteUrl: string,
): CardInput[] {
  const reports = new Map(snapshot.reports.map((r) => [r.slug, r]))
  const host = new URL(siteUrl).host
  return snapshot.findings.flatMap((finding) => {
    const report = reports.get(finding.report)
    if (!report) {
      throw new Error(
        `${finding.code} refers to report "${finding.report}", which is not published`,
      )
    }
    return localeCodes.map((lang) => ({ finding, report, lang, host }))
  })
}

/** The card's file in the built site, `/cards/findings/<code>.<lang>.png`. */
export const cardPath = (card: CardInput) => urls.shareCard(card.finding.code, card.lang)

const run = promisify(execFile)

/**
 * The font files fontconfig offers for the card's families, each with its size and time (none
 * without fontconfig): one `fc-list` for all of them.
 */
async function fontFiles(): Promise<string[]> {
  const families = new Set<string>(Object.values(fonts))
  const listed = await run('fc-list', ['-f', '%{family}\t%{file}\n']).catch(() => ({ stdout: '' }))
  const files = listed.stdout
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([family, file]) => file && family?.split(',').some((name) => families.has(name)))
    .map(([, file]) => file as string)
  return Promise.all(
    [...new Set(files)].sort().map(async (file) => {
      const info = await stat(file).catch(() => undefined)
      return `${file} ${String(info?.size)} ${String(info?.mtimeMs)}`
    }),
  )
}

/**
 * What reaches a card's pixels besides its HTML: the script that fits the statement, the size,
 * and the font files of the families the card names (an upgrade of the fonts redraws every card).
 * Read once per build.
 */
export async function cardLook(): Promise<string> {
  return [fitStatement, JSON.stringify(cardSize), ...(await fontFiles())].join('\n')
}

/**
 * The key of a card's pixels: its HTML (the finding and report fields it shows, the UI strings and
 * number formats of its language, the host, the CSS) and the look. Two cards with one key look
 * the same, so a card drawn under the same key may be copied instead of drawn.
 */
export function cardKey(card: CardInput, look: string): string {
  return createHash('sha256').update(look).update('\0').update(cardHtml(card)).digest('hex')
}

/**
 * The page's pixels. Chromium on a loaded machine sometimes answers "Unable to capture
 * screenshot" (seen once here on 3 December, a start-up build beside a test run): a publish must
 * not fail for that, so the capture is tried again, at most three times in all.
 */
async function screenshotOf(page: Page): Promise<Buffer> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await page.screenshot({ type: 'png' })
    } catch (error) {
      if (attempt === 3 || !String(error).includes('Unable to capture screenshot')) throw error
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
    }
  }
}

async function renderOn(page: Page, cards: readonly CardInput[], files: OutputFile[]) {
  for (const card of cards) {
    await page.setContent(cardHtml(card), { waitUntil: 'load' })
    await page.evaluate('document.fonts.ready')
    await page.evaluate(fitStatement)
    const png = await screenshotOf(page)
    files.push({ path: cardPath(card), content: png })
  }
}

/**
 * Renders every card, spreading them over `pages` browser pages drawn in parallel (each page
 * reused from card to card); returns the PNG files.
 */
export async function renderCards(
  browser: Browser,
  cards: readonly CardInput[],
  pages = 2,
): Promise<OutputFile[]> {
  const files: OutputFile[] = []
  const lanes = Array.from({ length: Math.max(1, Math.min(pages, cards.length)) }, (_, lane) =>
    cards.filter((_card, index) => index % pages === lane),
  )
  await Promise.all(
    lanes.map(async (lane) => {
      const page = await browser.newPage({ viewport: cardSize, deviceScaleFactor: 1 })
      try {
        await renderOn(page, lane, files)
      } finally {
        await page.close()
      }
    }),
  )
  return files
}

/** Draws `cards` with Chromium into the built site at `distDir`; returns how many were drawn. */
export async function drawShareCards(
  cards: readonly CardInput[],
  distDir: string,
): Promise<number> {
  if (cards.length === 0) return 0
  const files = await withChromium((browser) => renderCards(browser, cards))
  await writeOutputFiles(distDir, files)
  return files.length
}
