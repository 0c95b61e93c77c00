/**
 * Every row of a listing the export reads on each publish, read in full once and after that only
 * where it moved: the rows stamped (`updatedAt`, `createdAt`) lately, and a count. At 10,000
 * recommendations the full listing of the published ones took 0.25-0.3 s and the permalink
 * registry's 30,000 paths 0.5 s, on every publish; the count and the recent rows take a few
 * milliseconds (docs/benchmarks.md, "Publishing").
 *
 * Why the two reads are enough: a row stamped more than `marginMs` before the last listing began
 * was there, as it is now unless stamped again, when that listing read it. So the rows now are the
 * rows stamped since then (less the margin) plus the remembered rows stamped before, still there;
 * the count says whether they are: a row gone (deleted, unpublished) or one that came with an old
 * stamp (a restored row) makes the sum differ, and the listing is read in full again.
 *
 * The margin covers what could stamp a row and show it later: a save's transaction, which stamps
 * `updatedAt` before its hooks run and commits after them, or clocks of two CMS servers that
 * disagree. Seconds, both; the margin is minutes.
 */
export const marginMs = 2 * 60 * 1000

export interface RowReads<Row> {
  /** Every row of the listing; the rows stamped at `since` (ISO time) or after when given. */
  readonly read: (since?: string) => Promise<readonly Row[]>
  /** How many rows the listing has now. */
  readonly count: () => Promise<number>
  /** A row's key and stamp. */
  readonly keyOf: (row: Row) => string
  readonly stampOf: (row: Row) => unknown
  /**
   * Rows are only ever added, never changed or removed (the permalink registry): then a count
   * equal to the rows known says that they are the rows now, and nothing is read. After a
   * start, the first build's 30,000 registered paths were all "lately" for two minutes, and each
   * publish's export read them again (0.5 s; docs/benchmarks.md).
   */
  readonly addedOnly?: boolean
}

/** A stored time as milliseconds, whether the adapter gives a string or a Date. */
export const timeOf = (value: unknown): number =>
  value instanceof Date ? value.getTime() : Date.parse(String(value))

export class RecentRows<Row> {
  #rows: readonly Row[] | undefined
  /** When the last listing began (ms). */
  #listedAt = 0
  readonly #reads: RowReads<Row>

  constructor(reads: RowReads<Row>) {
    this.#reads = reads
  }

  /** The listing now: in full the first time or when the count disagrees, else the recent rows. */
  async rows(): Promise<readonly Row[]> {
    const known = this.#rows
    const began = Date.now()
    const since = new Date(this.#listedAt - marginMs)
    let rows: readonly Row[] | undefined
    if (known !== undefined) {
      const { keyOf, stampOf } = this.#reads
      // Counted once: for an added-only listing, first and maybe alone.
      const counting = this.#reads.count()
      if (this.#reads.addedOnly === true && (await counting) === known.length) return known
      const [recent, count] = await Promise.all([this.#reads.read(since.toISOString()), counting])
      const recentKeys = new Set(recent.map(keyOf))
      const older = known.filter(
        (row) => timeOf(stampOf(row)) < since.getTime() && !recentKeys.has(keyOf(row)),
      )
      if (older.length + recent.length === count) rows = [...older, ...recent]
    }
    const listed = rows ?? (await this.#reads.read())
    this.remember(listed, began)
    return listed
  }

  /**
   * Takes `rows` as the listing read at `began` (ms): a full read made for another purpose (the
   * export's first read of every published document) that holds every row's key and stamp, so
   * the next `rows()` reads only the recent rows instead of the listing in full again.
   */
  remember(rows: readonly Row[], began: number): void {
    this.#rows = rows
    this.#listedAt = began
  }

  /**
   * Rows this process has just added itself (the permalinks a live release registered), known
   * without reading them: the next `rows()` of an added-only listing then finds its count.
   * Nothing when no listing was read yet (the first `rows()` reads them all).
   */
  added(rows: readonly Row[]): void {
    if (this.#rows !== undefined) this.#rows = [...this.#rows, ...rows]
  }
}
