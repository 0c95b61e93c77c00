/** Files the post-build steps add to the built site: a root-relative path and its content. */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface OutputFile {
  /** Root-relative URL path, e.g. `/data/findings.json`. */
  readonly path: string
  readonly content: string | Uint8Array
}

/** The file system path of a root-relative URL inside the built site (directory URLs → index.html). */
export function distPath(distDir: string, urlPath: string): string {
  const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath
  const resolved = path.resolve(distDir, `.${relative}`)
  if (!resolved.startsWith(path.resolve(distDir) + path.sep)) {
    throw new Error(`Refusing to write outside the site: ${urlPath}`)
  }
  return resolved
}

/**
 * Writes `content` as a new file at `target`. An existing file is replaced with a rename, never
 * written into: in an incremental release it may be a page hard-linked from the live release
 * (incremental/partial-pages.ts), and writing into it would change that release too.
 */
export async function replaceFile(target: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(target, content, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const temporary = `${target}.${String(process.pid)}.tmp`
    await writeFile(temporary, content)
    await rename(temporary, target)
  }
}

export async function writeOutputFiles(
  distDir: string,
  files: readonly OutputFile[],
): Promise<void> {
  for (const file of files) {
    const target = distPath(distDir, file.path)
    await mkdir(path.dirname(target), { recursive: true })
    await replaceFile(target, file.content)
  }
}
