/** Which URLs content may carry (`@mahjar/shared/safe-url`): links and images. */
import { describe, expect, it } from 'vitest'
import { isSafeLinkUrl, isSiteImageUrl } from '@mahjar/shared/safe-url'
import { otherHost, unsafeUrls } from '../../helpers/xss-payloads.ts'

describe('safe link URLs', () => {
  it.each(
    [
      'https://example.org/a',
      'http://example.org',
      'mailto:a@example.org',
      '/ar/reports/x/',
      '#notes',
      '../x',
    ].map((u) => [u]),
  )('accepts %j', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true)
  })

  it.each(
    [
      ...unsafeUrls,
      '',
      'https:/x',
      'https:example.org',
      '/\\evil.example',
      'http://exa mple.org',
    ].map((u) => [u]),
  )('refuses %j', (url) => {
    expect(isSafeLinkUrl(url)).toBe(false)
  })
})

describe('images a page may show', () => {
  it('accepts only paths on this site', () => {
    expect(isSiteImageUrl('/media/a.webp')).toBe(true)
    for (const url of [
      `https://${otherHost}/p.png`,
      `//${otherHost}/p.png`,
      'data:image/png;base64,AAAA',
      'x.png',
      '/\\x',
    ])
      expect(isSiteImageUrl(url), url).toBe(false)
  })
})
