/**
 * The site's data: the published snapshot (one loader per collection, validated by the shared
 * schemas) and the editorial MDX pages in `content/pages/<lang>/`.
 */
import path from 'node:path'
import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'zod'
import { withdrawalSchema } from '@mahjar/shared/schemas/snapshot'
import { countrySchema } from '@mahjar/shared/schemas/taxonomies'
import { localeCodes } from '@mahjar/shared/locales'
import { editorialPages } from '@mahjar/shared/urls'
import { env } from './env.ts'
import {
  countriesLoader,
  snapshotLoader,
  storedDocumentSchema,
  withdrawalsLoader,
} from './lib/snapshot-loader.ts'

function snapshotCollection<C extends Parameters<typeof storedDocumentSchema>[0]>(
  collection: C,
  markdown?: Parameters<typeof snapshotLoader<C>>[1],
) {
  return defineCollection({
    loader: snapshotLoader(collection, markdown),
    schema: storedDocumentSchema(collection),
  })
}

/** Relative to the site root, which sits one level below the repository root. */
const pagesBase = path.isAbsolute(env.PAGES_DIR) ? env.PAGES_DIR : path.join('..', env.PAGES_DIR)

export const collections = {
  themes: snapshotCollection('themes'),
  audiences: snapshotCollection('audiences'),
  reports: snapshotCollection('reports', (report) => [
    ['summary', report.summary],
    ...report.chapters.map((chapter) => [`chapters.${chapter.key}`, chapter.body] as const),
  ]),
  findings: snapshotCollection('findings'),
  recommendations: snapshotCollection('recommendations'),
  practices: snapshotCollection('practices', (practice) => [['body', practice.body]]),
  'campaign-editions': snapshotCollection('campaign-editions', (edition) => [
    ['summary', edition.summary],
  ]),
  stories: snapshotCollection('stories', (story) => [['body', story.body]]),
  countries: defineCollection({ loader: countriesLoader(), schema: countrySchema }),
  withdrawals: defineCollection({ loader: withdrawalsLoader(), schema: withdrawalSchema }),
  pages: defineCollection({
    loader: glob({ pattern: `{${localeCodes.join(',')}}/*.mdx`, base: pagesBase }),
    schema: z.looseObject({
      title: z.string().min(1),
      description: z.string().optional(),
      page: z.enum(editorialPages).optional(),
    }),
  }),
}
