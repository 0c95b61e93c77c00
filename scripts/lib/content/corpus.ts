/** The validated content corpus: every document with the place it was written. */
import { eachCollection } from '@mahjar/shared/collections'
import type { CollectionSlug, ContentDocument } from '@mahjar/shared/schemas/collections'
import type { LocaleCode } from '@mahjar/shared/locales'
import type { PathSegment } from '@mahjar/shared/file-issues'
import type { YamlSource } from '@mahjar/shared/yaml-source'

export interface SourcedDocument<C extends CollectionSlug = CollectionSlug> {
  readonly collection: C
  /** The natural key (slug, code, or `campaign/year`). */
  readonly key: string
  readonly doc: ContentDocument<C>
  readonly source: YamlSource
  /** Where the document starts inside its file: `[]` for one-document files, `[i]` in lists. */
  readonly path: readonly PathSegment[]
}

export type CorpusDocuments = { [C in CollectionSlug]: SourcedDocument<C>[] }

/** An editorial page, `pages/<lang>/<name>.mdx`. */
export interface EditorialPage {
  readonly lang: LocaleCode
  readonly name: string
  readonly title: string
  readonly description: string
  /** MDX source after the frontmatter. */
  readonly body: string
  readonly file: string
}

export interface Corpus {
  readonly documents: CorpusDocuments
  readonly pages: readonly EditorialPage[]
}

function ofCollection<C extends CollectionSlug>(
  all: readonly SourcedDocument[],
  collection: C,
): SourcedDocument<C>[] {
  return all.filter((d): d is SourcedDocument<C> => d.collection === collection)
}

/** Sorts documents read in any order into their collections. */
export function groupDocuments(all: readonly SourcedDocument[]): CorpusDocuments {
  return eachCollection<CorpusDocuments>(
    <C extends CollectionSlug>(collection: C) =>
      ofCollection(all, collection) as CorpusDocuments[C],
  )
}
