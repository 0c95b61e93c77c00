/**
 * The collection registry (shared/src/collections.ts) against what it describes: the CMS's
 * collection configs, the snapshot schemas and the URL builders. A registry that says a
 * collection has drafts when the CMS has none, names a key or title field the CMS lacks, or a URL
 * family no builder produces, fails here rather than in a build.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  collectionRegistry,
  collectionNameKey,
  collectionSlugs,
  naturalKey,
  pageCollections,
  sluggedCollections,
  type CollectionSlug,
} from '@mahjar/shared/collections'
import { messages } from '@mahjar/shared/i18n'
import { localeCodes } from '@mahjar/shared/locales'
import { snapshotDocumentSchemas } from '@mahjar/shared/schemas/collections'
import { snapshotFileSchema, snapshotVersion } from '@mahjar/shared/schemas/snapshot'
import { dataCollections, documentPath, itemAtPath, urls } from '@mahjar/shared/urls'
import { campaignSlug, campaignYear, keyFindingCodes, reportSlug } from '../../helpers/constants.ts'
import { collectionShapes } from '@mahjar/cms/snapshot/shapes'
import { cmsCollections, walkFields } from '../../helpers/cms-collections.ts'
import { fromRoot } from '../../helpers/paths.ts'

/** A document's key fields with values the URL builders accept. */
function sampleKey(collection: CollectionSlug): Record<string, unknown> {
  const values: Record<string, unknown> = {
    slug: reportSlug,
    code: keyFindingCodes.surveyResponse,
    campaign: campaignSlug,
    year: campaignYear,
  }
  return Object.fromEntries(collectionRegistry[collection].key.map((f) => [f, values[f]]))
}

describe('the collection registry', async () => {
  const cms = new Map((await cmsCollections()).map((config) => [config.slug, config]))

  it.each(collectionSlugs)('%s is a CMS collection with drafts exactly when it says', (slug) => {
    const config = cms.get(slug) as
      { versions?: boolean | { drafts?: unknown }; fields: unknown } | undefined
    expect(config, `cms/src/collections has no "${slug}"`).toBeDefined()
    const versions = config?.versions
    const drafts = typeof versions === 'object' && Boolean(versions.drafts)
    expect(drafts, `${slug}: drafts`).toBe(collectionRegistry[slug].drafts)
  })

  it('lists every CMS collection with drafts', () => {
    const withDrafts = [...cms.values()]
      .filter((config) => {
        const { versions } = config as { versions?: boolean | { drafts?: unknown } }
        return typeof versions === 'object' && Boolean(versions.drafts)
      })
      .map((config) => config.slug)
    expect(withDrafts.sort()).toEqual(
      collectionSlugs.filter((c) => collectionRegistry[c].drafts).sort(),
    )
  })

  it.each(collectionSlugs)(
    '%s: its key and title fields are fields of the CMS collection',
    (slug) => {
      const config = cms.get(slug)
      const names = new Set(walkFields(config?.fields ?? [], slug).map(({ path }) => path))
      const { key, pages } = collectionRegistry[slug]
      for (const field of [...key, ...(pages ? [pages.titleField] : [])]) {
        expect(names, `${slug}.${field}`).toContain(`${slug}.${field}`)
      }
    },
  )

  it.each(collectionSlugs)('%s has a snapshot schema and file', (slug) => {
    expect(snapshotDocumentSchemas[slug]).toBeDefined()
    const file = {
      schemaVersion: snapshotVersion,
      collection: slug,
      generatedAt: new Date().toISOString(),
      docs: [],
    }
    expect(snapshotFileSchema(slug).safeParse(file).success).toBe(true)
    expect(collectionRegistry[slug].snapshotFile).toMatch(/^[a-z-]+\.json$/)
    const files = collectionSlugs.map((c) => collectionRegistry[c].snapshotFile)
    expect(new Set(files).size, 'snapshot file names are distinct').toBe(files.length)
  })

  it('lists every collection after those its relations point at (the export writes in this order)', () => {
    for (const [index, slug] of collectionSlugs.entries()) {
      for (const { to } of collectionShapes[slug].relations) {
        if (to === 'countries') continue
        expect(collectionSlugs.indexOf(to), `${slug} → ${to}`).toBeLessThan(index)
      }
    }
  })

  it.each([
    ['withdrawals', 'one', pageCollections],
    ['redirects', 'other', sluggedCollections],
  ] as const)(
    "the CMS names the collections of %s in the dictionary's words (%s)",
    (slug, form, values) => {
      const field = cms.get(slug)?.fields.find((f) => f.name === 'collection')
      const offered = Object.fromEntries(
        (field?.options ?? []).map((o) => (typeof o === 'string' ? [o, o] : [o.value, o.label])),
      )
      const dictionary = Object.fromEntries(
        values.map((c) => [
          c,
          Object.fromEntries(
            localeCodes.map((lang) => [lang, messages[lang][collectionNameKey(c, form)]]),
          ),
        ]),
      )
      expect(offered).toEqual(dictionary)
    },
  )

  it('has open data for exactly the collections with pages', () => {
    expect([...dataCollections]).toEqual(pageCollections)
    for (const slug of sluggedCollections)
      expect(collectionRegistry[slug].key).not.toContain('code')
  })

  it.each(pageCollections)('%s: its URL family is where urls.ts puts its pages', (slug) => {
    const { family } = collectionRegistry[slug].pages
    const builders = Object.values(urls) as ((...args: unknown[]) => unknown)[]
    for (const lang of localeCodes) {
      // The family's first page is a page urls.ts builds (the collection's browse page).
      const browse = builders.flatMap((build) => {
        if (build.length !== 1) return []
        try {
          return [build(lang)]
        } catch {
          return []
        }
      })
      expect(browse, `${slug}: a builder of /${lang}/${family}/`).toContain(`/${lang}/${family}/`)
      // And every item's page lies under it.
      const doc = sampleKey(slug)
      const page = documentPath(slug, doc, lang)
      expect(page.startsWith(`/${lang}/${family}/`), page).toBe(true)
      expect(page.length).toBeGreaterThan(`/${lang}/${family}/`.length)
      expect(urls.item(slug, naturalKey(slug, doc), lang)).toBe(page)
      // And the path leads back to the item, while the family's listing is no item.
      expect(itemAtPath(page)?.collection).toBe(slug)
      expect(itemAtPath(`/${lang}/${family}/`)).toBeUndefined()
    }
  })

  it.each(pageCollections)('%s: the site has a page folder for its URL family', (slug) => {
    // Astro routes by folder: a family renamed in the registry alone would build no pages.
    const folder = fromRoot('site/src/pages/[lang]', collectionRegistry[slug].pages.family)
    expect(existsSync(folder), folder).toBe(true)
  })
})
