/**
 * One wording per enum value (issue 19): every select of the CMS whose values are an enum the
 * shared strings label (`<prefix>.<value>` in shared/src/i18n/*.json, the words the site prints)
 * offers exactly those words, in every locale. Every collection module of cms/src/collections
 * is loaded and every field walked, so a select added later with labels of its own is checked
 * too; the site reads the same keys through `t()`. Broken on purpose once: the qualifier «حوالي»
 * back in the CMS fails `findings.statistic.qualifier`.
 */
import { describe, expect, it } from 'vitest'
import { messages } from '@mahjar/shared/i18n'
import { isLocaleCode, localeCodes, locales } from '@mahjar/shared/locales'
import { collectionSlugs } from '@mahjar/shared/schemas/collections'
import {
  cmsCollections,
  walkFields,
  type CollectionConfig,
  type Field,
  type Option,
} from '../../helpers/cms-collections.ts'

interface NamedSelect {
  readonly path: string
  readonly options: readonly Option[]
}

/** Every select field, at any depth (groups, arrays, rows, collapsibles, tabs, blocks). */
function selects(fields: readonly Field[], parent: string): NamedSelect[] {
  return walkFields(fields, parent).flatMap(({ path, field }) =>
    field.type === 'select' ? [{ path, options: field.options ?? [] }] : [],
  )
}

const optionValue = (option: Option) => (typeof option === 'string' ? option : option.value)

/**
 * The prefixes of the shared strings that label every one of these values: `qualifier` for
 * more-than, about…; none for an enum the site never words (roles, build results).
 */
function prefixesFor(values: readonly string[]): string[] {
  const keys = Object.keys(messages.en)
  const [first, ...rest] = values
  if (first === undefined) return []
  const candidates = keys
    .filter((key) => key.endsWith(`.${first}`))
    .map((key) => key.slice(0, -first.length - 1))
  return candidates.filter((prefix) =>
    rest.every((value) => messages.en[`${prefix}.${value}`] !== undefined),
  )
}

/** The source of the names of languages: each language's own name (locales.ts). */
const localeTable = 'the locale table'

interface CheckedSelect {
  readonly field: string
  readonly prefix: string
  /** The options as the CMS offers them, value → label per locale. */
  readonly offered: Record<string, unknown>
  /** The same values in the words of their source. */
  readonly shared: Record<string, unknown>
}

/** The words of a value in its source: the strings of each locale, or the language's own name. */
function sourceLabel(prefix: string, value: string): unknown {
  if (prefix === localeTable) return isLocaleCode(value) ? locales[value].label : undefined
  return Object.fromEntries(localeCodes.map((lang) => [lang, messages[lang][`${prefix}.${value}`]]))
}

/** A select of languages names each one as the locale table does (its own name, as the switch). */
const sourcesOf = (values: readonly string[]): string[] =>
  values.length > 0 && values.every(isLocaleCode) ? [localeTable] : prefixesFor(values)

function checkedSelects(collections: readonly CollectionConfig[]): CheckedSelect[] {
  return collections.flatMap((collection) =>
    selects(collection.fields, collection.slug).flatMap(({ path: field, options }) => {
      const values = options.map(optionValue)
      return sourcesOf(values).map((prefix) => ({
        field,
        prefix,
        offered: Object.fromEntries(
          options.map((option) => [
            optionValue(option),
            typeof option === 'string' ? option : option.label,
          ]),
        ),
        shared: Object.fromEntries(values.map((value) => [value, sourceLabel(prefix, value)])),
      }))
    }),
  )
}

/**
 * Divergences this test found that belong to another part of issue 19, each with its owner. A
 * listed select must still differ (the test fails once it is fixed, so the entry goes with it).
 */
const pending: Readonly<Record<string, string>> = {}

describe('the CMS and the site word every enum alike', async () => {
  const collections = await cmsCollections()
  const checked = checkedSelects(collections)

  it('reads every collection the site publishes', () => {
    const slugs = collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining([...collectionSlugs]))
  })

  it('finds the selects of the enums the site words', () => {
    expect(checked.map(({ field, prefix }) => `${field} → ${prefix}`)).toEqual(
      expect.arrayContaining([
        'findings.statistic.unit → unit',
        'findings.statistic.qualifier → qualifier',
        'stories.kind → storyKind',
        'practices.actorType → actorType',
        'campaign-editions.actions.kind → actionKind',
        'recommendations.followUp.kind → followUpKind',
        'recommendations.followUp.status → followUpStatus',
        `reports.originalLanguage → ${localeTable}`,
      ]),
    )
  })

  it('lists as pending only selects it checks', () => {
    const names = checked.map(({ field, prefix }) => `${field} → ${prefix}`)
    expect(names).toEqual(expect.arrayContaining(Object.keys(pending)))
  })

  it.each(checked.map((select) => [select.field, select.prefix, select] as const))(
    '%s offers the words of %s in every locale',
    (field, prefix, select) => {
      const reason = pending[`${field} → ${prefix}`]
      if (reason === undefined) expect(select.offered).toEqual(select.shared)
      else expect(select.offered, `still pending: ${reason}`).not.toEqual(select.shared)
    },
  )
})
