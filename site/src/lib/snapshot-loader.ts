/**
 * Content-layer loaders for the published snapshot (`<SNAPSHOT_DIR>/<collection>.json`). Each file
 * is validated with the shared snapshot schemas; Markdown fields are rendered to HTML here, once,
 * at build time, then reduced by the allow-list sanitiser (`@mahjar/shared/safe-html`): no raw
 * HTML, script, unsafe URL or image from another host reaches a page. Nothing is fetched at run time.
 * Files are read by the one snapshot reader (`@mahjar/shared/snapshot-file`): errors name the
 * file, the document and the field.
 */
import type { Loader, LoaderContext } from 'astro/loaders'
import { z } from 'zod'
import { collectionRegistry } from '@mahjar/shared/collections'
import { naturalKey, type CollectionSlug } from '@mahjar/shared/schemas/collections'
import {
  countriesFileSchema,
  snapshotFileSchema,
  withdrawalsFileSchema,
} from '@mahjar/shared/schemas/snapshot'
import { localeCodes } from '@mahjar/shared/locales'
import { inEveryLanguage, type LocalizedText } from '@mahjar/shared/localized'
import { sanitizeHtml } from '@mahjar/shared/safe-html'
import {
  readSnapshotFile,
  readSnapshotFileReusing,
  type KnownDocuments,
} from '@mahjar/shared/snapshot-file'
import { snapshotDirOf } from '../env.ts'

/** A Markdown-valued field of a document: where it lives (`chapters.findings`) and its source. */
export type MarkdownSource = readonly [key: string, value: LocalizedText | undefined]

const localizedHtml = z.object(inEveryLanguage(() => z.string().optional()))

/** Rendered Markdown of a document, by field key: `html.summary.ar`. */
export const renderedMarkdown = z.object({ html: z.record(z.string(), localizedHtml) })

function snapshotDir(context: LoaderContext): string {
  return snapshotDirOf(context.config.root)
}

async function renderAll(context: LoaderContext, sources: readonly MarkdownSource[]) {
  const html: Record<string, z.infer<typeof localizedHtml>> = {}
  for (const [key, value] of sources) {
    if (!value) continue
    const rendered: z.infer<typeof localizedHtml> = {}
    for (const lang of localeCodes) {
      const source = value[lang]
      if (source !== undefined)
        rendered[lang] = sanitizeHtml((await context.renderMarkdown(source)).html)
    }
    html[key] = rendered
  }
  return html
}

/** The schema of one stored document of a collection: the snapshot document plus its HTML. */
export function storedDocumentSchema<C extends CollectionSlug>(collection: C) {
  return z.intersection(snapshotFileSchema(collection).shape.docs.element, renderedMarkdown)
}

type SnapshotDoc<C extends CollectionSlug> = z.infer<
  ReturnType<typeof snapshotFileSchema<C>>
>['docs'][number]

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index])

export function snapshotLoader<C extends CollectionSlug>(
  collection: C,
  markdown: (doc: SnapshotDoc<C>) => readonly MarkdownSource[] = () => [],
): Loader {
  /**
   * Kept between two loads in one process (the warm Astro, release/warm-renderer.ts): an
   * unchanged document of the next snapshot is the object read before
   * (`readSnapshotFileReusing`), and its stored data (HTML rendered, parsed) is taken again. At
   * 10,000 recommendations the content sync of each publish took 2 s.
   */
  const known: KnownDocuments = new Map()
  const stored = new WeakMap<object, Record<string, unknown>>()
  return {
    name: `mahjar-snapshot-${collection}`,
    load: async (context) => {
      const file = collectionRegistry[collection].snapshotFile
      const schema = snapshotFileSchema(collection)
      const { docs } = await readSnapshotFileReusing(
        snapshotDir(context),
        file,
        { file: schema, doc: schema.shape.docs.element },
        { what: collection, nameOf: (doc) => naturalKey(collection, doc) },
        known,
      )
      const ids = docs.map((doc) => naturalKey(collection, doc))
      // The store holds the same documents in the same order (an edit): only the changed ones are
      // set again, in place. Setting one walks all its data (Astro looks for image imports):
      // 0.11 s of each publish's sync at 10,000 recommendations. Else it is filled anew.
      const inPlace = sameList([...context.store.keys()], ids)
      if (!inPlace) context.store.clear()
      const seen = new Set<string>()
      for (const [index, doc] of docs.entries()) {
        const id = ids[index] ?? ''
        if (seen.has(id)) throw new Error(`Invalid ${collection} in ${file}: duplicate key "${id}"`)
        seen.add(id)
        let data = stored.get(doc)
        if (data === undefined) {
          data = await context.parseData({
            id,
            data: {
              ...(doc as Record<string, unknown>),
              html: await renderAll(context, markdown(doc)),
            },
          })
          stored.set(doc, data)
        }
        if (inPlace && context.store.get(id)?.data === data) continue
        context.store.set({ id, data })
      }
      context.logger.info(`${String(docs.length)} ${collection} from ${file}`)
    },
  }
}

/**
 * A list the snapshot holds beside the collections: `countries.json` (keyed by ISO code) and
 * `withdrawals.json` (items taken off the site, keyed by collection and natural key).
 */
function listLoader<T extends Record<string, unknown>>(
  name: 'countries' | 'withdrawals',
  schema: z.ZodType<{ docs: T[] }>,
  key: (doc: T) => string,
): Loader {
  return {
    name: `mahjar-snapshot-${name}`,
    load: async (context) => {
      const { docs } = await readSnapshotFile(snapshotDir(context), `${name}.json`, schema, {
        what: name,
        nameOf: (doc) => key(doc as T),
      })
      context.store.clear()
      for (const doc of docs) {
        const id = key(doc)
        context.store.set({ id, data: await context.parseData({ id, data: { ...doc } }) })
      }
    },
  }
}

export const countriesLoader = (): Loader =>
  listLoader('countries', countriesFileSchema, (country) => country.code)

export const withdrawalsLoader = (): Loader =>
  listLoader('withdrawals', withdrawalsFileSchema, (w) => `${w.collection}/${w.key}`)
