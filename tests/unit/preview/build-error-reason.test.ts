/**
 * A failed build's recorded error (the build's own English words) → the reason an editor reads
 * in the edit view and in Site builds, in Arabic and in English.
 */
import { describe, expect, it } from 'vitest'
import { buildErrorKey, buildErrorReason } from '@mahjar/cms/builds/errorReason'

describe('the reason of a failed build', () => {
  it.each([
    ['astro build failed (exit code 1)', 'buildErrorPages', 'تعذّر بناء صفحات الموقع'],
    ['Interrupted: the server stopped during the build', 'buildErrorInterrupted', 'توقف الخادم'],
    [
      'SITE_BUILD_COMMAND is not set: nothing can build the site',
      'buildErrorNoCommand',
      'لم يُضبط أمر',
    ],
    [
      'findings document 12 cannot be exported:\n  statement: Required',
      'buildErrorExport',
      'تعذّر تصدير',
    ],
    ['build command ended with exit code 137', 'buildErrorCommand', 'توقف أمر البناء'],
    [
      'release b was built while a was live, but c is live now: it is left not live (the next build carries its changes)',
      'buildErrorSuperseded',
      'سبقه بناء آخر',
    ],
  ])('names the kind of "%s" in Arabic', (error, key, arabic) => {
    expect(buildErrorKey(error)).toBe(key)
    expect(buildErrorReason(error, 'ar')).toContain(arabic)
  })

  it('gives the same reason in English, without the build’s own jargon', () => {
    expect(buildErrorReason('astro build failed (exit code 1)', 'en')).toBe(
      "the site's pages could not be built (an editorial page or a template has an error)",
    )
    expect(buildErrorReason('permalink check: /ar/findings/x/ would break', 'en')).toBe(
      'the build would have broken a published permalink',
    )
  })
})
