/**
 * `distPath` (publish/src/outputs/files.ts): a root-relative URL's file in a built site. Plain
 * paths skip resolving (60,000 citation files a publish at 10,000 recommendations); every path
 * lands where resolving puts it, and none outside the site.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { distPath } from '@mahjar/publish/outputs/files'

const resolved = (dir: string, url: string) =>
  path.resolve(dir, `.${url.endsWith('/') ? `${url}index.html` : url}`)

describe('distPath', () => {
  const dirs = ['/srv/site', '/srv/site/', '/srv/./site', '/srv/x/../site', 'relative/site']
  const urls = [
    '/cite/findings/AIE-F1.ar.bib',
    '/ar/reports/activism-in-exile/',
    '/',
    '/.well-known/security.txt',
    '/a/..b/c',
    '/a/./b',
    '/a//b',
    '/a/b/../c/',
    '/تقارير/ملف.json',
  ]

  it('puts every path where resolving it does', () => {
    for (const dir of dirs) {
      for (const url of urls) expect(distPath(dir, url), `${dir} ${url}`).toBe(resolved(dir, url))
    }
  })

  it('refuses a path that leads outside the site', () => {
    for (const url of ['/../etc/passwd', '/a/../../b', '/..']) {
      expect(() => distPath('/srv/site', url), url).toThrow(/outside the site/)
    }
  })
})
