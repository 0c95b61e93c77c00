/**
 * The correction log on a finding page (site fixture: AIE-F03 carries one correction and an
 * Arabic-only statement), in Arabic and English, next to the citation naming its version date.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDate } from '@mahjar/shared/format'
import { siteFixture } from '../../helpers/constants.ts'
import { buildSite, removeSiteBuild, type BuiltSite } from '../../helpers/site-build.ts'
import { snapshotDocs } from '../../helpers/snapshot-files.ts'

let site: BuiltSite

beforeAll(() => {
  site = buildSite('fixture')
})

afterAll(() => {
  removeSiteBuild(site)
})

function page(lang: string, code: string): Promise<string> {
  return readFile(
    path.join(site.distDir, lang, 'findings', code.toLowerCase(), 'index.html'),
    'utf8',
  )
}

describe('corrections on a finding page', () => {
  it('lists each correction with its date and note, in Arabic and in English', async () => {
    const finding = snapshotDocs(site.snapshotDir, 'findings').find(
      (f) => f.code === siteFixture.findingArabicOnly,
    )
    const correction = finding?.corrections[0]
    if (!finding || !correction) throw new Error('fixture finding with a correction missing')
    for (const lang of ['ar', 'en'] as const) {
      const html = await page(lang, finding.code)
      const log = /<section class="corrections"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
      expect(log, lang).toContain(
        `<time datetime="${correction.date}">${formatDate(lang, correction.date)}</time>`,
      )
      expect(log, lang).toContain(correction.note[lang])
      expect(html, lang).toContain(
        lang === 'ar'
          ? `نسخة ${formatDate('ar', finding.updatedAt)}`
          : `version of ${formatDate('en', finding.updatedAt)}`,
      )
    }
  })

  it('says there is no correction on a finding that has none', async () => {
    const html = await page('ar', siteFixture.findingWithBase)
    expect(html).toContain('لا تصويبات منذ النشر.')
  })
})
