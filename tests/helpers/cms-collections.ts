/**
 * The CMS's collection configs as unit tests read them: every module of cms/src/collections
 * loaded and every field walked, so a field added later is checked too.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fromRoot } from './paths.ts'

const collectionsDir = fromRoot('cms/src/collections')

/** What the tests read of Payload's field and collection configs. */
export type Option = string | { readonly value: string; readonly label: unknown }
export interface Field {
  readonly type: string
  readonly name?: string
  readonly fields?: readonly Field[]
  readonly tabs?: readonly { readonly name?: string; readonly fields: readonly Field[] }[]
  readonly blocks?: readonly (
    string | { readonly slug: string; readonly fields: readonly Field[] }
  )[]
  readonly options?: readonly Option[]
  readonly validate?: unknown
}
export interface CollectionConfig {
  readonly slug: string
  readonly fields: readonly Field[]
}

const isCollection = (value: unknown): value is CollectionConfig =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { slug?: unknown }).slug === 'string' &&
  Array.isArray((value as { fields?: unknown }).fields)

/**
 * Every collection config under cms/src/collections/<Name>/index.ts: the exported configs, and
 * those made by an exported function of the environment (`Users(secureCookies)`,
 * `mediaCollection(dir)`), made here with no settings: their fields do not depend on them.
 */
export async function cmsCollections(): Promise<CollectionConfig[]> {
  const names = readdirSync(collectionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  const modules = await Promise.all(
    names.map(
      (name) =>
        import(path.join(collectionsDir, name, 'index.ts')) as Promise<Record<string, unknown>>,
    ),
  )
  return modules.flatMap((module) =>
    Object.values(module).flatMap((value) => {
      const made: unknown = typeof value === 'function' ? (value as () => unknown)() : value
      return isCollection(made) ? [made] : []
    }),
  )
}

export interface PathedField {
  /** `<collection>.<name>…`: the names of the field and its named parents (groups, arrays, tabs). */
  readonly path: string
  readonly field: Field
}

/** Every field of `fields`, at any depth (groups, arrays, rows, collapsibles, tabs, blocks). */
export function walkFields(fields: readonly Field[], parent: string): PathedField[] {
  return fields.flatMap((field): PathedField[] => {
    const here = field.name ? `${parent}.${field.name}` : parent
    const tabs = (field.tabs ?? []).flatMap((tab) =>
      walkFields(tab.fields, tab.name ? `${here}.${tab.name}` : here),
    )
    const blocks = (field.blocks ?? []).flatMap((block) =>
      typeof block === 'string' ? [] : walkFields(block.fields, `${here}.${block.slug}`),
    )
    return [{ path: here, field }, ...walkFields(field.fields ?? [], here), ...tabs, ...blocks]
  })
}
