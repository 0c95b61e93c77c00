/**
 * The CMS's strings live in one place: the CMS dictionary (`shared/src/i18n/cms/<lang>.json`)
 * beside the site's, both read by i18next. Every locale has every key with the same placeholders
 * and the plural forms it needs; no word is written twice (in the two dictionaries or in code).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cmsMessages, label } from '@mahjar/shared/cms-i18n'
import { messages as siteMessages } from '@mahjar/shared/i18n'
import { getLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { inEveryLanguage } from '@mahjar/shared/localized'
import { fromRoot } from '../../helpers/paths.ts'

const pluralSuffix = /_(?:zero|one|two|few|many|other)$/
const baseOf = (key: string) => key.replace(pluralSuffix, '')

/**
 * Keys that may say the same thing as another key in every language, each group with its reason.
 * A word that means two things in one language only (Arabic «النتيجة» for a finding's statement
 * and a build's result) is two labels, not one label twice, and needs no entry.
 */
const sameLabelAllowed: readonly (readonly string[])[] = [
  // The site counts them (plural forms: «بلد منشأ واحد»); the field is named by the plural.
  ['cms.field.countriesOfOrigin', 'report.method.origin'],
  ['cms.field.hostCountries', 'report.method.host'],
]

type Dictionaries = Readonly<Record<LocaleCode, readonly Readonly<Record<string, string>>[]>>

/**
 * Groups of keys that hold the same label: the same string in every locale. A plural key stands
 * for itself by its `_other` form. The site dictionary's own repeats are the site's business (its
 * counts and headings), so only groups with a CMS key count.
 */
export function repeatedLabels(
  dictionaries: Dictionaries,
  allowed: readonly (readonly string[])[],
): string[][] {
  const read = (lang: LocaleCode, key: string) => {
    for (const dictionary of dictionaries[lang]) {
      const value = dictionary[key] ?? dictionary[`${key}_other`]
      if (value !== undefined) return value
    }
    return undefined
  }
  const keys = new Set(
    localeCodes.flatMap((lang) => dictionaries[lang].flatMap((d) => Object.keys(d).map(baseOf))),
  )
  const keysByLabel = new Map<string, string[]>()
  for (const key of keys) {
    const label = JSON.stringify(localeCodes.map((lang) => read(lang, key)))
    keysByLabel.set(label, [...(keysByLabel.get(label) ?? []), key])
  }
  return [...keysByLabel.values()]
    .filter((group) => group.length > 1 && group.some((key) => key.startsWith('cms.')))
    .map((group) => group.sort())
    .filter((group) => !allowed.some((entry) => group.every((key) => entry.includes(key))))
}

const bothDictionaries: Dictionaries = inEveryLanguage((lang) => [
  siteMessages[lang],
  cmsMessages[lang],
])

function placeholders(dictionary: Readonly<Record<string, string>>, base: string): string[] {
  const names = new Set<string>()
  for (const [key, value] of Object.entries(dictionary)) {
    if (baseOf(key) !== base) continue
    for (const match of value.matchAll(/\{\{(\w+)\}\}/g)) names.add(match[1] ?? '')
  }
  return [...names].sort()
}

const baseKeys = (lang: LocaleCode) => [...new Set(Object.keys(cmsMessages[lang]).map(baseOf))]

describe('the CMS dictionary', () => {
  it('gives every locale the same keys, each with the same placeholders', () => {
    const reference = baseKeys('en').sort()
    expect(reference.length).toBeGreaterThan(250)
    for (const lang of localeCodes) {
      expect(baseKeys(lang).sort(), `keys of cms/${lang}.json`).toEqual(reference)
      for (const base of reference) {
        expect(placeholders(cmsMessages[lang], base), `${lang}: ${base}`).toEqual(
          placeholders(cmsMessages.en, base),
        )
      }
    }
  })

  it('has every plural form a locale needs (Arabic: all six)', () => {
    for (const lang of localeCodes) {
      const keys = Object.keys(cmsMessages[lang])
      const plurals = new Set(keys.filter((key) => key.endsWith('_other')).map(baseOf))
      expect(plurals.size).toBeGreaterThan(0)
      const categories = new Intl.PluralRules(getLocale(lang).intlLocale).resolvedOptions()
        .pluralCategories
      for (const base of plurals) {
        for (const category of categories) {
          expect(keys, `cms/${lang}.json lacks ${base}_${category}`).toContain(
            `${base}_${category}`,
          )
        }
      }
    }
  })

  it('has only keys that say what they are (cms.<thing>.<name>), none empty', () => {
    for (const lang of localeCodes) {
      for (const [key, value] of Object.entries(cmsMessages[lang])) {
        expect(key).toMatch(/^cms\.[a-z][A-Za-z]*(\.[A-Za-z][A-Za-z0-9-]*)+(_[a-z]+)?$/)
        expect(value.trim(), key).not.toBe('')
      }
    }
  })

  it('and the site dictionary hold no label twice, but for the groups allowed', () => {
    expect(repeatedLabels(bothDictionaries, sameLabelAllowed)).toEqual([])
  })

  it('fails when a label is copied instead of reused', () => {
    const site = { ar: { 'report.label': 'تقرير' }, en: { 'report.label': 'Report' } }
    const cms = {
      ar: {
        'cms.field.report': 'تقرير',
        'cms.field.result': 'النتيجة',
        'cms.field.statement': 'النتيجة',
      },
      en: {
        'cms.field.report': 'Report',
        'cms.field.result': 'Result',
        'cms.field.statement': 'Statement',
      },
    }
    const dictionaries = { ar: [site.ar, cms.ar], en: [site.en, cms.en] }
    expect(repeatedLabels(dictionaries, sameLabelAllowed)).toEqual([
      ['cms.field.report', 'report.label'],
    ])
    expect(repeatedLabels(dictionaries, [['cms.field.report', 'report.label']])).toEqual([])
  })

  it('lists in the allow-list only keys that exist', () => {
    for (const key of sameLabelAllowed.flat()) {
      for (const lang of localeCodes) {
        expect(
          bothDictionaries[lang].some((d) => `${key}_other` in d || key in d),
          key,
        ).toBe(true)
      }
    }
  })

  it('throws on a key it does not have', () => {
    expect(() => label('cms.field.noSuchField' as never)).toThrow(/cms\.field\.noSuchField/)
  })
})

/** Files allowed to keep `{ ar: …, en: … }` literals, and why. */
const literalsAllowed = new Set([
  // Generated by Payload.
  'cms/src/payload-types.ts',
  // Corrections to Payload's own Arabic pack (Payload's keys), and the noun it needs.
  'cms/src/i18n/payloadArabic.ts',
])

describe('the CMS source', () => {
  it('writes no text in { ar, en } literals: labels and messages come from the dictionaries', () => {
    const found: string[] = []
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        const relative = path.relative(fromRoot(), full)
        if (entry.isDirectory()) walk(full)
        else if (/\.tsx?$/.test(entry.name) && !literalsAllowed.has(relative)) {
          readFileSync(full, 'utf8')
            .split('\n')
            .forEach((line, index) => {
              if (/\b(?:ar|en)\s*:\s*['"`]/.test(line)) found.push(`${relative}:${index + 1}`)
            })
        }
      }
    }
    walk(fromRoot('cms/src'))
    expect(found).toEqual([])
  })
})
