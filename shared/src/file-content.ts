/**
 * A file's bytes as the outputs make them, and writing them: text, bytes, or bytes in pieces
 * written one after the other (a file of 10,000 documents or rows: putting its pieces together
 * took longer than writing them). The publishing engine's outputs and the CMS's snapshot export
 * write with it.
 */
import { open, writeFile } from 'node:fs/promises'

export type FileContent = string | Uint8Array | readonly Uint8Array[]

/** Writes `content` to `file`, opened with `flag` (`wx`: only a new file). */
export async function writeContent(
  file: string,
  content: FileContent,
  flag: 'w' | 'wx' = 'w',
): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    await writeFile(file, content, { flag })
    return
  }
  const handle = await open(file, flag)
  try {
    // Node writes every piece, as many calls as the system's limit on pieces a call asks.
    await handle.writev(content as Uint8Array[])
  } finally {
    await handle.close()
  }
}
