/**
 * Files a long-lived process (the warm engine, the warm Astro) wrote or read, kept parsed: a publish
 * reads what the publish before wrote (its keys files, its search base, its pages' head styles),
 * 20,000-60,000 entries each at 10,000 recommendations, 0.1-0.5 s to parse and validate again.
 *
 * A file is known by its device, inode, size and modification time: bytes written since (a new
 * file renamed over it, or a write in place) change one of them, and the file is parsed again.
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { ifMissing } from './errors.ts'

/** What names a file's bytes while it is not written again (hard links share it). */
async function fileStamp(file: string): Promise<string | undefined> {
  const stats = await stat(file, { bigint: true }).catch(ifMissing(undefined))
  return stats && [stats.dev, stats.ino, stats.size, stats.mtimeNs].map(String).join(':')
}

export class ParsedFiles<T> {
  readonly #seen = new Map<string, T>()
  readonly #keep: number

  /** `keep`: how many files are kept, the oldest dropped first. */
  constructor(keep = 8) {
    this.#keep = keep
  }

  /**
   * `file` as `parse` makes it of the file's text (undefined when there is none): kept from the
   * last read or write of these very bytes.
   */
  async read(file: string, parse: (text: string | undefined) => T | Promise<T>): Promise<T> {
    const stamp = await fileStamp(file)
    // `has`, not the value: a file parsed to undefined (damaged) is kept as such too.
    if (stamp !== undefined && this.#seen.has(stamp)) return this.#seen.get(stamp) as T
    const text =
      stamp === undefined ? undefined : await readFile(file, 'utf8').catch(ifMissing(undefined))
    const value = await parse(text)
    this.#remember(stamp, value)
    return value
  }

  /** Writes `text` to `file`, and keeps `value` as what it holds. */
  async write(file: string, text: string, value: T): Promise<void> {
    await writeFile(file, text)
    this.#remember(await fileStamp(file), value)
  }

  #remember(stamp: string | undefined, value: T): void {
    if (stamp === undefined) return
    this.#seen.delete(stamp)
    this.#seen.set(stamp, value)
    for (const oldest of this.#seen.keys()) {
      if (this.#seen.size <= this.#keep) break
      this.#seen.delete(oldest)
    }
  }
}
