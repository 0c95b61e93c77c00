/**
 * The product's name and mark have one source (shared/brand.ts); the site's favicon file is that
 * mark, byte for byte, and the admin's favicon is a data URL that needs no request.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { brandMarkDataUrl, brandMarkSvg, productName } from '@mahjar/shared/brand'
import { fromRoot } from '../../helpers/paths.ts'

describe('the brand', () => {
  it('names the product in both scripts: "Mahjar · مهجر"', () => {
    expect(productName).toBe('Mahjar · مهجر')
  })

  it('ships the same mark as the site favicon', () => {
    expect(readFileSync(fromRoot('site/public/favicon.svg'), 'utf8')).toBe(brandMarkSvg)
  })

  it('gives the admin a favicon that is a data URL of that mark, so it asks no host', () => {
    expect(brandMarkDataUrl.startsWith('data:image/svg+xml,')).toBe(true)
    expect(decodeURIComponent(brandMarkDataUrl.slice('data:image/svg+xml,'.length))).toBe(
      brandMarkSvg,
    )
  })
})
