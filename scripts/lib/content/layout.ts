/**
 * Where each kind of document lives in `content/` (the content conventions):
 *   taxonomies/themes.yaml, taxonomies/audiences.yaml       lists of terms
 *   reports/<report>/report.yaml                            one report
 *   reports/<report>/findings.yaml | recommendations.yaml   lists; `report` comes from the folder
 *   practices/<slug>.yaml, stories/<slug>.yaml              one document, named by its slug
 *   campaigns/<campaign>-<year>.yaml                        one campaign edition
 *   pages/<lang>/<name>.mdx                                 editorial pages
 */
import type { CollectionSlug } from '@mahjar/shared/schemas/collections'
import { pagePathPattern } from './pages.ts'

export interface Placement {
  readonly collection: CollectionSlug
  readonly shape: 'one' | 'list'
  /** Fields the loader adds to every document of the file. */
  readonly inject?: Readonly<Record<string, string>>
  /** The natural key the file name promises (checked against the document). */
  readonly fileKey?: string
}

export type FileRole =
  | { readonly kind: 'documents'; readonly placement: Placement }
  | { readonly kind: 'page' }
  | { readonly kind: 'ignored' }
  | { readonly kind: 'unexpected'; readonly hint: string }

export const requiredFiles = ['taxonomies/themes.yaml', 'taxonomies/audiences.yaml'] as const

const ignored = /(^|\/)(\.[^/]*|README\.md)$/

/** Files at the content root read by other tools: the permalink manifest and its redirects. */
const permalinkFiles = /^(permalinks\.json|redirects\.yaml)$/

export function roleOf(relative: string): FileRole {
  if (ignored.test(relative) || permalinkFiles.test(relative)) return { kind: 'ignored' }
  if (pagePathPattern.test(relative)) return { kind: 'page' }
  if (relative.endsWith('.yml')) return { kind: 'unexpected', hint: 'use the .yaml extension' }

  const taxonomy = /^taxonomies\/(themes|audiences)\.yaml$/.exec(relative)
  if (taxonomy?.[1] === 'themes' || taxonomy?.[1] === 'audiences') {
    return { kind: 'documents', placement: { collection: taxonomy[1], shape: 'list' } }
  }
  const report = /^reports\/([^/]+)\/(report|findings|recommendations)\.yaml$/.exec(relative)
  if (report) {
    const [, slug = '', part] = report
    if (part === 'report') {
      return {
        kind: 'documents',
        placement: { collection: 'reports', shape: 'one', fileKey: slug },
      }
    }
    return {
      kind: 'documents',
      placement: {
        collection: part === 'findings' ? 'findings' : 'recommendations',
        shape: 'list',
        inject: { report: slug },
      },
    }
  }
  const single = /^(practices|stories|campaigns)\/([^/]+)\.yaml$/.exec(relative)
  if (single) {
    const [, folder, name = ''] = single
    const collection =
      folder === 'practices' ? 'practices' : folder === 'stories' ? 'stories' : 'campaign-editions'
    return { kind: 'documents', placement: { collection, shape: 'one', fileKey: name } }
  }
  return {
    kind: 'unexpected',
    hint: 'the loader reads taxonomies/*.yaml, reports/<slug>/{report,findings,recommendations}.yaml, practices/<slug>.yaml, campaigns/<campaign>-<year>.yaml, stories/<slug>.yaml and pages/<lang>/<name>.mdx',
  }
}

/** The file name a document's natural key calls for (campaign editions: `<campaign>-<year>`). */
export function fileKeyOf(collection: CollectionSlug, key: string): string {
  return collection === 'campaign-editions' ? key.replace('/', '-') : key
}
