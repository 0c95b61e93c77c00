/**
 * Rules that span documents: unique keys, and every reference (report, chapter, theme, audience,
 * evidence finding, campaign edition) pointing at a document that exists.
 */
import type { CollectionSlug } from '@mahjar/shared/schemas/collections'
import type { CorpusDocuments, SourcedDocument } from './corpus.ts'
import type { ContentIssue, PathSegment } from './issues.ts'

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

function keyField(collection: CollectionSlug): PathSegment {
  if (collection === 'findings' || collection === 'recommendations') return 'code'
  if (collection === 'campaign-editions') return 'year'
  return 'slug'
}

/** Codes are unique across findings and recommendations; slugs within their collection. */
function duplicates(documents: CorpusDocuments): ContentIssue[] {
  const groups: SourcedDocument[][] = [
    [...documents.findings, ...documents.recommendations],
    documents.themes,
    documents.audiences,
    documents.reports,
    documents.practices,
    documents['campaign-editions'],
    documents.stories,
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

export function crossCheck(
  documents: CorpusDocuments,
  unvalidated: UnvalidatedKeys,
): ContentIssue[] {
  const keys = (collection: CollectionSlug) => new Set(documents[collection].map((d) => d.key))
  const themes = keys('themes')
  const audiences = keys('audiences')
  const reports = new Map(documents.reports.map((r) => [r.key, r.doc]))
  const editions = keys('campaign-editions')
  const issues = duplicates(documents)

  const themed = [
    ...documents.reports,
    ...documents.findings,
    ...documents.recommendations,
    ...documents.practices,
  ]
  for (const doc of themed) {
    issues.push(...references(doc, 'themes', doc.doc.themes, themes, unvalidated.themes, 'theme'))
  }

  const reportless = new Set<string>()
  for (const doc of [...documents.findings, ...documents.recommendations]) {
    const report = reports.get(doc.doc.report)
    if (!report && !unvalidated.reports.has(doc.doc.report) && !reportless.has(doc.source.file)) {
      reportless.add(doc.source.file)
      issues.push(
        issueAt(
          doc,
          [],
          `unknown report "${doc.doc.report}": reports/${doc.doc.report}/report.yaml is missing`,
        ),
      )
    }
  }

  for (const finding of documents.findings) {
    const report = reports.get(finding.doc.report)
    if (report && !report.chapters.some((c) => c.key === finding.doc.chapter)) {
      const chapterKeys = report.chapters.map((c) => c.key).join(', ')
      issues.push(
        issueAt(
          finding,
          ['chapter'],
          `unknown chapter "${finding.doc.chapter}" of report "${finding.doc.report}" (chapters: ${chapterKeys})`,
        ),
      )
    }
  }

  const findingReport = new Map(documents.findings.map((f) => [f.key, f.doc.report]))
  const numbers = new Map<string, SourcedDocument<'recommendations'>>()
  for (const rec of documents.recommendations) {
    issues.push(
      ...references(
        rec,
        'audiences',
        rec.doc.audiences,
        audiences,
        unvalidated.audiences,
        'audience',
      ),
    )
    rec.doc.evidence.forEach((code, index) => {
      const report = findingReport.get(code)
      if (report === undefined && !unvalidated.findings.has(code)) {
        issues.push(issueAt(rec, ['evidence', index], `unknown finding "${code}" in evidence`))
      } else if (report !== undefined && report !== rec.doc.report) {
        issues.push(
          issueAt(
            rec,
            ['evidence', index],
            `finding "${code}" belongs to report "${report}", not "${rec.doc.report}"`,
          ),
        )
      }
    })
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
  }

  for (const story of documents.stories) {
    const edition = story.doc.campaignEdition
    if (edition) {
      const key = `${edition.campaign}/${edition.year}`
      if (!editions.has(key) && !unvalidated['campaign-editions'].has(key)) {
        issues.push(
          issueAt(
            story,
            ['campaignEdition'],
            `unknown campaign edition "${key}": campaigns/${edition.campaign}-${edition.year}.yaml is missing`,
          ),
        )
      }
    }
  }
  return issues
}
