/**
 * Random editorial changes to a published snapshot, as the CMS's export would write them after
 * editors worked: a text or statistic edited, an item created, unpublished (withdrawn, with its
 * notice), renamed (with redirects from its old URLs), a taxonomy term edited. Each keeps the
 * snapshot valid and its permalinks kept, so the build accepts it. Seeded: a failing sequence
 * replays with the same seed.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { collectionRegistry, naturalKey, type PageCollection } from '@mahjar/shared/collections'
import { localeCodes } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
export { randomSource as seededRandom } from '@mahjar/scripts/bench/lib/synthetic'

type Doc = Record<string, unknown>
interface SnapshotFile {
  generatedAt: string
  docs: Doc[]
}

export class EditableSnapshot {
  private readonly files = new Map<string, SnapshotFile>()
  private clock: number
  private counter = 0
  private readonly from: string
  private readonly random: () => number

  constructor(from: string, random: () => number) {
    this.from = from
    this.random = random
    this.clock = Date.parse(this.file('themes').generatedAt)
  }

  private file(name: string): SnapshotFile {
    let file = this.files.get(name)
    if (!file) {
      file = JSON.parse(readFileSync(path.join(this.from, `${name}.json`), 'utf8')) as SnapshotFile
      this.files.set(name, file)
    }
    return file
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)]
    if (item === undefined) throw new Error('nothing to pick from')
    return item
  }

  /** The time of the next change: minutes apart, now and then across midnight (`today`). */
  private tick(): string {
    this.clock += this.random() < 0.15 ? 86_400_000 : 60_000 * (1 + Math.floor(this.random() * 30))
    return new Date(this.clock).toISOString()
  }

  private touch(doc: Doc): void {
    doc.updatedAt = this.tick()
  }

  private docs(collection: string): Doc[] {
    return this.file(collection).docs
  }

  private append(doc: Doc, field: string, words: string): void {
    const value = doc[field] as Record<string, string>
    for (const lang of localeCodes)
      value[lang] = `${value[lang] ?? ''} ${words} ${String(this.counter)}`
  }

  /** Applies one random change and says what it was. */
  edit(): string {
    this.counter += 1
    for (;;) {
      const done = this.pick(this.edits())()
      if (done !== undefined) return done
    }
  }

  /** The kinds of change, each picked as often as it is listed; undefined when it cannot apply. */
  private edits(): (() => string | undefined)[] {
    return [
      () => this.editText('recommendations'),
      () => this.editText('recommendations'),
      () => this.editText('findings'),
      () => this.editStatistic(),
      () => this.editStatistic(),
      () => this.editText('practices'),
      () => this.editText('stories'),
      () => this.editText('campaign-editions'),
      () => this.editText('reports'),
      () => this.editTerm(this.random() < 0.5 ? 'themes' : 'audiences'),
      () => this.create('recommendations'),
      () => this.create('recommendations'),
      () => this.create('findings'),
      () => this.create('practices'),
      () => this.create('stories'),
      () => this.retag('recommendations', this.random() < 0.5 ? 'themes' : 'audiences'),
      () => this.retag('findings', this.random() < 0.5 ? 'themes' : 'countries'),
      () => this.recite(),
      () => this.reorderFindings(),
      () => this.withdraw(this.pick(['recommendations', 'practices', 'stories'] as const)),
      () => this.rename(this.random() < 0.5 ? 'practices' : 'stories'),
    ]
  }

  private editText(collection: PageCollection): string {
    const doc = this.pick(this.docs(collection))
    const field = collectionRegistry[collection].pages.titleField
    this.append(doc, field, 'edited')
    this.touch(doc)
    return `edit ${collection} ${naturalKey(collection, doc)} ${field}`
  }

  private editStatistic(): string {
    const doc = this.pick(this.docs('findings').filter((f) => f.statistic))
    const statistic = doc.statistic as { value: number }
    statistic.value = Math.max(0, statistic.value - 1)
    this.touch(doc)
    return `edit findings ${naturalKey('findings', doc)} statistic → ${String(statistic.value)}`
  }

  private editTerm(collection: 'themes' | 'audiences'): string {
    const doc = this.pick(this.docs(collection))
    this.append(doc, 'name', 'renamed')
    this.touch(doc)
    return `edit ${collection} ${String(doc.slug)} name`
  }

  /**
   * Moves an item to another term of a list (a theme, an audience, a country): it leaves one
   * group page and joins another.
   */
  private retag(
    collection: 'recommendations' | 'findings',
    field: 'themes' | 'audiences' | 'countries',
  ): string | undefined {
    const terms = this.docs(field).map((term) =>
      String(field === 'countries' ? term.code : term.slug),
    )
    const doc = this.pick(this.docs(collection))
    const list = doc[field] as string[]
    const unused = terms.filter((term) => !list.includes(term))
    if (unused.length === 0) return undefined
    const added = this.pick(unused)
    // One removed when there is one to remove, so the item also leaves a group.
    const removed = list.length > 0 ? this.pick(list) : undefined
    doc[field] = [...list.filter((term) => term !== removed), added]
    this.touch(doc)
    return `retag ${collection} ${naturalKey(collection, doc)} ${field}: −${removed ?? '∅'} +${added}`
  }

  /** A recommendation cites one finding of its report more, or one fewer. */
  private recite(): string | undefined {
    const doc = this.pick(this.docs('recommendations'))
    const evidence = doc.evidence as string[]
    const findings = this.docs('findings')
      .filter((f) => f.report === doc.report)
      .map((f) => String(f.code))
    const uncited = findings.filter((code) => !evidence.includes(code))
    if (evidence.length > 0 && (uncited.length === 0 || this.random() < 0.5)) {
      const dropped = this.pick(evidence)
      doc.evidence = evidence.filter((code) => code !== dropped)
      this.touch(doc)
      return `recite recommendations ${String(doc.code)}: −${dropped}`
    }
    if (uncited.length === 0) return undefined
    const cited = this.pick(uncited)
    doc.evidence = [...evidence, cited]
    this.touch(doc)
    return `recite recommendations ${String(doc.code)}: +${cited}`
  }

  /** Two findings of one report swap places in its order. */
  private reorderFindings(): string | undefined {
    const first = this.pick(this.docs('findings'))
    const others = this.docs('findings').filter((f) => f.report === first.report && f !== first)
    if (others.length === 0) return undefined
    const second = this.pick(others)
    ;[first.order, second.order] = [second.order, first.order]
    this.touch(first)
    this.touch(second)
    return `reorder findings ${String(first.code)} ⇄ ${String(second.code)}`
  }

  private create(collection: 'recommendations' | 'findings' | 'practices' | 'stories'): string {
    const docs = this.docs(collection)
    const doc = structuredClone(this.pick(docs))
    const coded = collection === 'recommendations' || collection === 'findings'
    if (coded) doc.code = `NEW-${collection === 'findings' ? 'F' : 'R'}${String(this.counter)}`
    else doc.slug = `new-${collection}-${String(this.counter)}`
    if ('order' in doc) doc.order = Math.max(...docs.map((d) => Number(d.order))) + 1
    if ('corrections' in doc) doc.corrections = []
    if ('followUp' in doc) doc.followUp = []
    doc.createdAt = this.tick()
    doc.updatedAt = doc.createdAt
    docs.push(doc)
    return `create ${collection} ${naturalKey(collection, doc)}`
  }

  private withdraw(collection: 'recommendations' | 'practices' | 'stories'): string | undefined {
    const docs = this.docs(collection)
    // The last one stays: every other change copies, edits or renames one.
    if (docs.length < 2) return undefined
    const doc = this.pick(docs)
    docs.splice(docs.indexOf(doc), 1)
    const field = collectionRegistry[collection].pages.titleField
    this.docs('withdrawals').push({
      collection,
      key: naturalKey(collection, doc),
      ...(collection === 'recommendations' ? { report: doc.report } : {}),
      title: doc[field],
      lastVersionAt: doc.updatedAt,
      withdrawnAt: this.tick(),
    })
    return `unpublish ${collection} ${naturalKey(collection, doc)}`
  }

  private rename(collection: 'practices' | 'stories'): string {
    const doc = this.pick(this.docs(collection))
    const before = String(doc.slug)
    doc.slug = `${before}-renamed-${String(this.counter)}`
    this.touch(doc)
    for (const lang of localeCodes) {
      this.docs('redirects').push({
        from: urls.item(collection, before, lang),
        to: urls.item(collection, String(doc.slug), lang),
      })
    }
    return `rename ${collection} ${before} → ${String(doc.slug)}`
  }

  /** The snapshot as it stands, as the CMS's export writes it: a new folder, a new export time. */
  write(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-edited-'))
    cpSync(this.from, dir, { recursive: true })
    const generatedAt = this.tick()
    for (const name of readdirSync(this.from)) {
      if (name.endsWith('.json')) this.file(name.slice(0, -'.json'.length))
    }
    for (const [name, file] of this.files) {
      file.generatedAt = generatedAt
      writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(file, null, 2)}\n`)
    }
    return dir
  }
}
