/**
 * Reads every content file, validates each document against the shared content schemas, then
 * checks the rules that span documents. All problems are collected and thrown together as one
 * ContentValidationError, so a writer sees every mistake in one run.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { eachCollection } from '@mahjar/shared/collections'
import { naturalKey, type CollectionSlug } from '@mahjar/shared/schemas/collections'
import { groupDocuments, type Corpus, type EditorialPage, type SourcedDocument } from './corpus.ts'
import { crossCheck, type UnvalidatedKeys } from './cross-check.ts'
import {
  ContentValidationError,
  type ContentIssue,
  type PathSegment,
} from '@mahjar/shared/file-issues'
import { fileKeyOf, requiredFiles, roleOf, type Placement } from './layout.ts'
import { checkPageLanguages, parsePage } from './pages.ts'
import { validateDocument } from './validate-document.ts'
import { YamlSource } from '@mahjar/shared/yaml-source'

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

function emptyKeySets(): { [C in CollectionSlug]: Set<string> } {
  return eachCollection<{ [C in CollectionSlug]: Set<string> }>(() => new Set())
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Adds one document (validated) to `documents`, or its problems to `issues`. */
function addDocument(
  collection: CollectionSlug,
  raw: unknown,
  source: YamlSource,
  docPath: readonly PathSegment[],
  placement: Placement,
  documents: SourcedDocument[],
  issues: ContentIssue[],
  unvalidated: UnvalidatedKeys,
): void {
  let value = raw
  if (placement.inject && isRecord(raw)) {
    for (const field of Object.keys(placement.inject)) {
      if (field in raw) {
        issues.push(
          source.issue(
            [...docPath, field],
            `do not write "${field}" here: the loader takes it from the folder name`,
          ),
        )
      }
    }
    value = { ...raw, ...placement.inject }
  }
  const result = validateDocument(collection, value, source, docPath)
  if (!result.ok) {
    issues.push(...result.issues)
    if (isRecord(value)) unvalidated[collection].add(naturalKey(collection, value))
    return
  }
  const key = naturalKey(collection, result.doc)
  if (placement.fileKey !== undefined && fileKeyOf(collection, key) !== placement.fileKey) {
    issues.push(
      source.issue(
        docPath,
        `the file name says "${placement.fileKey}" but the document's key makes it "${fileKeyOf(collection, key)}": rename the file or fix the key`,
      ),
    )
  }
  documents.push({ collection, key, doc: result.doc, source, path: docPath })
}

function addFile(
  source: YamlSource,
  placement: Placement,
  documents: SourcedDocument[],
  issues: ContentIssue[],
  unvalidated: UnvalidatedKeys,
): void {
  const value = source.value()
  if (placement.shape === 'one') {
    if (!isRecord(value)) {
      issues.push(source.issue([], 'must hold one document (a YAML mapping of fields)'))
      return
    }
    addDocument(placement.collection, value, source, [], placement, documents, issues, unvalidated)
    return
  }
  if (!Array.isArray(value)) {
    issues.push(source.issue([], 'must hold a YAML list of documents (items starting with "- ")'))
    return
  }
  value.forEach((item: unknown, index) => {
    addDocument(
      placement.collection,
      item,
      source,
      [index],
      placement,
      documents,
      issues,
      unvalidated,
    )
  })
}

export interface ContentReading {
  /** The documents that passed their own schema. */
  readonly corpus: Corpus
  readonly issues: readonly ContentIssue[]
}

/** Reads and checks everything, returning the problems instead of throwing them. */
export async function readContent(dir: string): Promise<ContentReading> {
  const display = (relative: string) => path.relative(path.dirname(dir), path.join(dir, relative))
  const all: SourcedDocument[] = []
  const pages: EditorialPage[] = []
  const issues: ContentIssue[] = []
  const unvalidated = emptyKeySets()

  for (const required of requiredFiles) {
    if (!existsSync(path.join(dir, required))) {
      issues.push({ file: display(required), path: '', message: 'is missing' })
    }
  }

  for (const relative of await listFiles(dir)) {
    const file = display(relative)
    const role = roleOf(relative)
    if (role.kind === 'ignored') continue
    if (role.kind === 'unexpected') {
      issues.push({ file, path: '', message: `unexpected file: ${role.hint}` })
      continue
    }
    const text = await readFile(path.join(dir, relative), 'utf8')
    if (role.kind === 'page') {
      const parsed = parsePage(relative, file, text)
      issues.push(...parsed.issues)
      if (parsed.page) pages.push(parsed.page)
      continue
    }
    const source = YamlSource.parse(file, text)
    if (Array.isArray(source)) {
      issues.push(...source)
      continue
    }
    addFile(source, role.placement, all, issues, unvalidated)
  }

  issues.push(...checkPageLanguages(pages))
  const documents = groupDocuments(all)
  issues.push(...crossCheck(documents, unvalidated))
  return { corpus: { documents, pages }, issues }
}

/** The corpus, or one ContentValidationError listing every problem. */
export async function loadContent(dir: string): Promise<Corpus> {
  const { corpus, issues } = await readContent(dir)
  if (issues.length > 0) throw new ContentValidationError(issues)
  return corpus
}
