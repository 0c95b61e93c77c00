/**
 * `pnpm --filter @mahjar/scripts snapshot:content`: writes the published snapshot straight from
 * `content/`, no CMS involved, to SNAPSHOT_DIR (default site/.snapshot). For site development and
 * as the expected value of the content → seed → export round trip.
 */
import { buildSnapshotFiles, writeSnapshot } from '@mahjar/cms/snapshot/files'
import { env } from './lib/env.ts'
import type { Corpus } from './lib/content/corpus.ts'
import { ContentValidationError } from '@mahjar/shared/file-issues'
import { loadContent, readContent } from './lib/content/load-content.ts'
import { corpusToSnapshot } from './lib/content/to-snapshot.ts'
import { runCli } from './lib/cli.ts'

export interface SnapshotFromContentOptions {
  /** Write the documents that are valid and only report the problems (site development). */
  readonly lenient?: boolean
  readonly now?: Date
}

export async function snapshotFromContent(
  dir: string,
  outDir: string,
  options: SnapshotFromContentOptions = {},
): Promise<number> {
  const corpus = options.lenient ? await lenientCorpus(dir) : await loadContent(dir)
  const generatedAt = (options.now ?? new Date()).toISOString()
  const documents = corpusToSnapshot(corpus.documents, {
    createdAt: generatedAt,
    updatedAt: generatedAt,
  })
  const files = buildSnapshotFiles(documents, generatedAt)
  await writeSnapshot(outDir, files)
  return Object.values(documents).reduce((sum, docs) => sum + docs.length, 0)
}

async function lenientCorpus(dir: string): Promise<Corpus> {
  const { corpus, issues } = await readContent(dir)
  if (issues.length > 0) {
    process.stderr.write(
      `${new ContentValidationError(issues).message}\n(--lenient: writing the valid documents anyway)\n`,
    )
  }
  return corpus
}

runCli(import.meta.url, async () => {
  const lenient = process.argv.slice(2).includes('--lenient')
  const count = await snapshotFromContent(env.CONTENT_DIR, env.SNAPSHOT_DIR, { lenient })
  process.stderr.write(
    `snapshot: ${count} documents from ${env.CONTENT_DIR} written to ${env.SNAPSHOT_DIR}\n`,
  )
})
