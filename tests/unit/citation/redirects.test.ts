/**
 * Redirects of renamed slugs and codes (content/redirects.yaml) and what a static host gets from
 * them: a redirect page per old URL with the right language and direction, `_redirects`
 * (Netlify / Cloudflare Pages) and an nginx map.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRedirects } from '@mahjar/publish/outputs/permalinks'
import { redirectOutputs } from '@mahjar/publish/outputs/redirect-pages'
import { reportSlug } from '../../helpers/constants.ts'

const siteUrl = 'https://mahjar.example'

async function redirectsFrom(yaml: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'mahjar-redirects-'))
  const file = path.join(dir, 'redirects.yaml')
  await writeFile(file, yaml)
  return readRedirects(file)
}

describe('redirects', () => {
  it('expands a renamed finding code to its Arabic, English and short URLs', async () => {
    expect(await redirectsFrom('- { collection: findings, from: AIE-F99, to: AIE-F04 }\n')).toEqual(
      [
        { from: '/ar/findings/aie-f99/', to: '/ar/findings/aie-f04/' },
        { from: '/en/findings/aie-f99/', to: '/en/findings/aie-f04/' },
        { from: '/f/aie-f99/', to: '/f/aie-f04/' },
      ],
    )
  })

  it('rejects a renamed slug that is not a slug, naming the entry', async () => {
    await expect(
      redirectsFrom(`- { collection: reports, from: Old Title, to: ${reportSlug} }\n`),
    ).rejects.toThrow(/redirects\.yaml:1 \[0\]: Unsafe slug "Old Title"/)
  })

  it('writes an Arabic redirect page right-to-left and an English one left-to-right, with host files', async () => {
    const redirects = await redirectsFrom(
      `- { collection: reports, from: exile-activism, to: ${reportSlug} }\n`,
    )
    const files = new Map(
      redirectOutputs(redirects, siteUrl).map((f) => [f.path, String(f.content)]),
    )
    const ar = files.get('/ar/reports/exile-activism/') ?? ''
    expect(ar).toContain('<html lang="ar" dir="rtl">')
    expect(ar).toContain(`<meta http-equiv="refresh" content="0;url=/ar/reports/${reportSlug}/">`)
    expect(ar).toContain(`<link rel="canonical" href="${siteUrl}/ar/reports/${reportSlug}/">`)
    expect(ar).toContain('انتقلت هذه الصفحة إلى:')
    expect(files.get('/en/reports/exile-activism/')).toContain('<html lang="en" dir="ltr">')
    expect(files.get('/_redirects')).toContain(
      `/en/reports/exile-activism/ /en/reports/${reportSlug}/ 301`,
    )
    expect(files.get('/nginx-redirects.conf')).toContain(
      `    /ar/reports/exile-activism /ar/reports/${reportSlug}/;`,
    )
  })
})
