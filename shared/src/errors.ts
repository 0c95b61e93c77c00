/**
 * Telling "the file is not there" apart from every other failure. A missing redirects file,
 * permalink manifest or `current` link has a meaning (nothing yet); an unreadable one does not,
 * and treating it as missing would let a build go live without the URLs it promised.
 */

/** True only for ENOENT: the path does not exist. */
export function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}

/**
 * A `.catch` handler for a read where absence has a meaning: `fallback` when the path does not
 * exist, the error itself otherwise (`readdir(dir).catch(ifMissing([]))`).
 */
export function ifMissing<T>(fallback: T): (error: unknown) => T {
  return (error) => {
    if (isMissingFile(error)) return fallback
    throw error
  }
}
