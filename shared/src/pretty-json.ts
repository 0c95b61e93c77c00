/**
 * `JSON.stringify(file, null, 2)` and a line end, as UTF-8, of a file whose last field is a long
 * list (a snapshot's or an open data file's `docs`), put together from each item's bytes. An
 * item's bytes are made once per item object while the process lives: at 10,000
 * recommendations such a file is 24–27 MB, and stringifying and encoding all of it on every
 * publish took 0.5–0.8 s. So an item must not change once written (the engine's documents are
 * frozen; the CMS's exported documents and the open data rows are never changed after they are
 * made).
 */
const itemBytes = new WeakMap<object, Buffer>()

/** An item of the list, as `JSON.stringify(file, null, 2)` writes it: indented by 4 spaces. */
function bytesOf(item: object): Buffer {
  let bytes = itemBytes.get(item)
  if (!bytes) {
    bytes = Buffer.from(`    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`)
    itemBytes.set(item, bytes)
  }
  return bytes
}

const between = Buffer.from(',\n')
const end = Buffer.from('\n  ]\n}\n')

/**
 * The bytes of `${JSON.stringify({ ...head, [key]: items }, null, 2)}\n`, `key` last, in pieces
 * to write one after the other (putting 27 MB together took longer than writing it). (Every
 * line break of JSON.stringify's output is its own: a string's is written `\n`.)
 */
export function prettyJsonWithList(
  head: Readonly<Record<string, unknown>>,
  key: string,
  items: readonly object[],
): Buffer[] {
  const empty = `${JSON.stringify({ ...head, [key]: [] }, null, 2)}\n`
  if (items.length === 0) return [Buffer.from(empty)]
  return [
    Buffer.from(`${empty.slice(0, -'[]\n}\n'.length)}[\n`),
    ...items.flatMap((item, index) => (index === 0 ? [bytesOf(item)] : [between, bytesOf(item)])),
    end,
  ]
}
