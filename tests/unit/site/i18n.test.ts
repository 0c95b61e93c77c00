import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { messages, pluralSuffixes, useTranslations } from '@mahjar/shared/i18n'
import { formatDate, formatList, formatNumber, formatPercent } from '@mahjar/shared/format'
import { getLocale, localeCodes } from '@mahjar/shared/locales'
import { fromRoot } from '../../helpers/paths.ts'

const pluralBase = /_(?:zero|one|two|few|many|other)$/

/** Every source file that may look up a UI string (the JSON files themselves excluded). */
function sourceTexts(): string[] {
  const roots = ['site/src', 'shared/src', 'publish/src', 'scripts', 'cms/src'].map((dir) =>
    fromRoot(dir),
  )
  const texts: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!['node_modules', '.astro', 'dist'].includes(entry.name)) walk(full)
      } else if (/\.(ts|tsx|astro|mdx)$/.test(entry.name)) texts.push(readFileSync(full, 'utf8'))
    }
  }
  roots.forEach(walk)
  return texts
}

/**
 * Keys named in code: literal ones, template ones (`search.type.${type}`) as patterns, and the
 * labels of an enum read through `enumLabels('qualifier', …)` (every `qualifier.<value>`).
 */
function keyPatterns(texts: readonly string[]): RegExp[] {
  const literal = /['"`]([a-z][A-Za-z0-9]*(?:\.(?:[A-Za-z0-9_-]+|\$\{[^}]+\}))+)['"`]/g
  const enumPrefix = /enumLabels\(\s*['"`]([a-z][A-Za-z0-9]*)['"`]/g
  return texts.flatMap((text) => [
    ...[...text.matchAll(literal)].map((match) => {
      const parts = (match[1] ?? '').split(/\$\{[^}]+\}/)
      const escaped = parts.map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      return new RegExp(`^${escaped.join('[A-Za-z0-9_-]+')}$`)
    }),
    ...[...text.matchAll(enumPrefix)].map((match) => new RegExp(`^${match[1]}\\.[A-Za-z0-9_-]+$`)),
  ])
}

function baseKeys(lang: (typeof localeCodes)[number]): Set<string> {
  return new Set(Object.keys(messages[lang]).map((key) => key.replace(pluralBase, '')))
}

describe('UI strings', () => {
  it('every locale has exactly the keys of every other locale (plural forms aside)', () => {
    const [first, ...rest] = localeCodes
    const reference = [...baseKeys(first)].sort()
    for (const lang of rest) {
      expect([...baseKeys(lang)].sort(), `keys of ${lang}.json`).toEqual(reference)
    }
  })

  it('every plural key has every CLDR plural form its locale uses (Arabic: all six)', () => {
    for (const lang of localeCodes) {
      const keys = Object.keys(messages[lang])
      const plurals = new Set(keys.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -6)))
      const categories = new Intl.PluralRules(getLocale(lang).intlLocale).resolvedOptions()
        .pluralCategories
      for (const base of plurals) {
        for (const category of categories) {
          expect(keys, `${lang}.json lacks ${base}_${category}`).toContain(`${base}_${category}`)
        }
      }
    }
    expect(
      new Intl.PluralRules(getLocale('ar').intlLocale).resolvedOptions().pluralCategories,
    ).toHaveLength(pluralSuffixes.length)
  })

  it('every string is looked up somewhere in the code (no dead strings to translate)', () => {
    const patterns = keyPatterns(sourceTexts())
    const unused = [...baseKeys('en')].filter((key) => !patterns.some((p) => p.test(key)))
    expect(unused).toEqual([])
  })

  it('no string is empty in any locale', () => {
    for (const lang of localeCodes) {
      for (const [key, value] of Object.entries(messages[lang])) {
        expect(value.trim(), `${lang}.json ${key}`).not.toBe('')
      }
    }
  })

  it('Arabic counts take the dual, the few and the many forms', () => {
    const t = useTranslations('ar')
    const say = (n: number) => t('recommendations.count', { count: n, n })
    expect(say(0)).toBe('لا توصيات')
    expect(say(1)).toBe('توصية واحدة')
    expect(say(2)).toBe('توصيتان')
    expect(say(7)).toBe('7 توصيات')
    expect(say(11)).toBe('11 توصية')
    expect(say(104)).toBe('104 توصيات')
  })

  it('English counts use one and other, and interpolate variables', () => {
    const t = useTranslations('en')
    expect(t('findings.count', { count: 1, n: 1 })).toBe('1 finding')
    expect(t('findings.count', { count: 35, n: 35 })).toBe('35 findings')
    expect(t('lang.switch', { language: 'العربية' })).toBe('Read this page in العربية')
  })
})

describe('looking up a string', () => {
  it('gives a plain key the same string every time, and a count its form, in each locale', () => {
    for (const lang of localeCodes) {
      const t = useTranslations(lang)
      expect(t('breadcrumb.label')).toBe(messages[lang]['breadcrumb.label'])
      expect(t('breadcrumb.label')).toBe(messages[lang]['breadcrumb.label'])
    }
    const ar = useTranslations('ar')
    expect(ar('search.results', { count: 2 })).not.toBe(ar('search.results', { count: 3 }))
  })

  it('gives an interpolated key the string of its own options, again when asked again', () => {
    const t = useTranslations('en')
    const first = t('cite.versionNote', { date: '1 May 2026' })
    expect(first).toContain('1 May 2026')
    expect(t('cite.versionNote', { date: '2 May 2026' })).toContain('2 May 2026')
    expect(t('cite.versionNote', { date: '1 May 2026' })).toBe(first)
  })

  it('refuses a key the dictionary lacks every time it is asked, not only the first', () => {
    const t = useTranslations('en') as (key: string) => string
    expect(() => t('no.such.key')).toThrow('Missing UI string "no.such.key"')
    expect(() => t('no.such.key')).toThrow('Missing UI string "no.such.key"')
  })
})

describe('Intl formatting with the locale table', () => {
  it('Arabic uses Latin digits and Arabic month names; English uses en-GB order', () => {
    expect(formatDate('ar', '2021-01-15')).toBe('15 يناير 2021')
    expect(formatDate('en', '2021-01-15')).toBe('15 January 2021')
    expect(formatNumber('ar', 176000)).toMatch(/^176.000$/)
    expect(formatNumber('en', 176000)).toBe('176,000')
  })

  it('percentages are given on the 0–100 scale of the study', () => {
    expect(formatPercent('en', 62)).toBe('62%')
    expect(formatPercent('ar', 62)).toMatch(/^62\D*%\D*$/)
    expect(formatPercent('en', 12.5)).toBe('12.5%')
  })

  it('lists of names: plain commas in English, «، و» in Arabic (CLDR unit lists)', () => {
    const en = ['Germany', 'France', 'Turkey']
    expect([1, 2, 3].map((n) => formatList('en', en.slice(0, n)))).toEqual([
      'Germany',
      'Germany, France',
      'Germany, France, Turkey',
    ])
    const ar = ['ألمانيا', 'فرنسا', 'تركيا']
    expect([1, 2, 3].map((n) => formatList('ar', ar.slice(0, n)))).toEqual([
      'ألمانيا',
      'ألمانيا وفرنسا',
      'ألمانيا، وفرنسا، وتركيا',
    ])
    expect(formatList('en', [])).toBe('')
  })
})
