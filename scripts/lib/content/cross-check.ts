/**
 * Rules that span documents: unique keys, and every reference (report, chapter, theme, audience,
 * evidence finding, campaign edition) pointing at a document that exists.
 */
import {
  collectionRegistry,
  collectionSlugs,
  type CollectionSlug,
} from '@mahjar/shared/collections'
import type { CorpusDocuments, SourcedDocument } from './corpus.ts'
import type { ContentIssue, PathSegment } from '@mahjar/shared/file-issues'

/** Keys of documents that exist but failed their own schema: references to them are not errors. */
export type UnvalidatedKeys = Record<CollectionSlug, Set<string>>

function issueAt(
  doc: SourcedDocument,
  path: readonly PathSegment[],
  message: string,
): ContentIssue {
  return doc.source.issue([...doc.path, ...path], message)
}

function place(doc: SourcedDocument): string {
  const line = doc.source.lineOf(doc.path)
  return line === undefined ? doc.source.file : `${doc.source.file}:${line}`
}

/** The key field an issue points at: the last of the collection's key fields (an edition's year). */
function keyField(collection: CollectionSlug): PathSegment {
  const { key } = collectionRegistry[collection]
  return key[key.length - 1] ?? key[0]
}

/** Codes are unique across findings and recommendations; slugs within their collection. */
function duplicates(documents: CorpusDocuments): ContentIssue[] {
  const coded = collectionSlugs.filter((c) => collectionRegistry[c].key[0] === 'code')
  const groups: SourcedDocument[][] = [
    coded.flatMap((c): SourcedDocument[] => documents[c]),
    ...collectionSlugs.filter((c) => !coded.includes(c)).map((c) => documents[c]),
  ]
  return groups.flatMap((group) => {
    const seen = new Map<string, SourcedDocument>()
    return group.flatMap((doc) => {
      const first = seen.get(doc.key)
      if (!first) {
        seen.set(doc.key, doc)
        return []
      }
      return [
        issueAt(
          doc,
          [keyField(doc.collection)],
          `duplicate key "${doc.key}": already used at ${place(first)}`,
        ),
      ]
    })
  })
}

function references(
  doc: SourcedDocument,
  field: string,
  values: readonly string[],
  known: ReadonlySet<string>,
  unvalidated: ReadonlySet<string>,
  what: string,
): ContentIssue[] {
  return values.flatMap((value, index) =>
    known.has(value) || unvalidated.has(value)
      ? []
      : [issueAt(doc, [field, index], `unknown ${what} "${value}"`)],
  )
}

/** "B.1.11" is written AIE-B1-11 after the report prefix: the code must end with it. */
export function codeSuffixOfNumber(studyNumber: string): string {
  const [letter = '', first = '', ...rest] = studyNumber.split('.')
  return [`${letter}${first}`, ...rest].join('-')
}

type Rule = (documents: CorpusDocuments, unvalidated: UnvalidatedKeys) => ContentIssue[]

function keysOf(documents: CorpusDocuments, collection: CollectionSlug): Set<string> {
  return new Set(documents[collection].map((d) => d.key))
}

/** Themes of reports, findings, recommendations, practices; audiences of recommendations. */
const taxonomyReferences: Rule = (documents, unvalidated) => {
  const themes = keysOf(documents, 'themes')
  const audiences = keysOf(documents, 'audiences')
  const themed = [
    ...documents.reports,
    ...documents.findings,
    ...documents.recommendations,
    ...documents.practices,
  ]
  return [
    ...themed.flatMap((doc) =>
      references(doc, 'themes', doc.doc.themes, themes, unvalidated.themes, 'theme'),
    ),
    ...documents.recommendations.flatMap((rec) =>
      references(rec, 'audiences', rec.doc.audiences, audiences, unvalidated.audiences, 'audience'),
    ),
  ]
}

/** Findings and recommendations belong to an existing report (reported once per file). */
const reportReferences: Rule = (documents, unvalidated) => {
  const reports = keysOf(documents, 'reports')
  const reported = new Set<string>()
  return [...documents.findings, ...documents.recommendations].flatMap((doc) => {
    const slug = doc.doc.report
    if (reports.has(slug) || unvalidated.reports.has(slug) || reported.has(doc.source.file)) {
      return []
    }
    reported.add(doc.source.file)
    return [issueAt(doc, [], `unknown report "${slug}": reports/${slug}/report.yaml is missing`)]
  })
}

/** A finding's chapter is a chapter key of its report. */
const chapterReferences: Rule = (documents) => {
  const reports = new Map(documents.reports.map((r) => [r.key, r.doc]))
  return documents.findings.flatMap((finding) => {
    const report = reports.get(finding.doc.report)
    if (!report || report.chapters.some((c) => c.key === finding.doc.chapter)) return []
    const chapterKeys = report.chapters.map((c) => c.key).join(', ')
    return [
      issueAt(
        finding,
        ['chapter'],
        `unknown chapter "${finding.doc.chapter}" of report "${finding.doc.report}" (chapters: ${chapterKeys})`,
      ),
    ]
  })
}

/** Evidence cites existing findings of the recommendation's own report. */
const evidenceReferences: Rule = (documents, unvalidated) => {
  const findingReport = new Map(documents.findings.map((f) => [f.key, f.doc.report]))
  return documents.recommendations.flatMap((rec) =>
    rec.doc.evidence.flatMap((code, index) => {
      const report = findingReport.get(code)
      if (report === undefined) {
        return unvalidated.findings.has(code)
          ? []
          : [issueAt(rec, ['evidence', index], `unknown finding "${code}" in evidence`)]
      }
      return report === rec.doc.report
        ? []
        : [
            issueAt(
              rec,
              ['evidence', index],
              `finding "${code}" belongs to report "${report}", not "${rec.doc.report}"`,
            ),
          ]
    }),
  )
}

/** The code spells the study number (B.1.11 → …-B1-11); a number is used once per report. */
const studyNumbers: Rule = (documents) => {
  const numbers = new Map<string, SourcedDocument<'recommendations'>>()
  return documents.recommendations.flatMap((rec) => {
    const issues: ContentIssue[] = []
    const suffix = codeSuffixOfNumber(rec.doc.number)
    if (!rec.key.endsWith(`-${suffix}`)) {
      issues.push(
        issueAt(
          rec,
          ['code'],
          `code "${rec.key}" does not match number ${rec.doc.number}: it should end with "-${suffix}"`,
        ),
      )
    }
    const numberKey = `${rec.doc.report}/${rec.doc.number}`
    const first = numbers.get(numberKey)
    if (first) {
      issues.push(
        issueAt(rec, ['number'], `number ${rec.doc.number} is already used at ${place(first)}`),
      )
    } else {
      numbers.set(numberKey, rec)
    }
    return issues
  })
}

/** A story's campaign edition exists. */
const editionReferences: Rule = (documents, unvalidated) => {
  const editions = keysOf(documents, 'campaign-editions')
  return documents.stories.flatMap((story) => {
    const edition = story.doc.campaignEdition
    if (!edition) return []
    const key = `${edition.campaign}/${edition.year}`
    if (editions.has(key) || unvalidated['campaign-editions'].has(key)) return []
    return [
      issueAt(
        story,
        ['campaignEdition'],
        `unknown campaign edition "${key}": campaigns/${edition.campaign}-${edition.year}.yaml is missing`,
      ),
    ]
  })
}

const rules: readonly Rule[] = [
  duplicates,
  taxonomyReferences,
  reportReferences,
  chapterReferences,
  evidenceReferences,
  studyNumbers,
  editionReferences,
]

export function crossCheck(
  documents: CorpusDocuments,
  unvalidated: UnvalidatedKeys,
): ContentIssue[] {
  return rules.flatMap((rule) => rule(documents, unvalidated))
}
