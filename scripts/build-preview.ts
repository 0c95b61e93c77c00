/**
 * `tsx scripts/build-preview.ts --collection findings --id <id>`: the private preview of one
 * document's latest draft, built with the site's own templates into
 * `RELEASES_DIR/.preview/<collection>-<id>-<hash>/` (lib/preview/build-preview.ts), never into
 * a release. The CMS's preview route runs it (SITE_PREVIEW_COMMAND, set by `pnpm start`) and
 * reads its last line, `[build] result {json}` (`@mahjar/publish/protocol`). Exit code 1 when the preview cannot be built.
 */
import { parseArgs } from 'node:util'
import { bootPayload } from '@mahjar/cms/boot'
import { cliArgs, runCli, UsageError } from './lib/cli.ts'
import { env } from './lib/env.ts'
import { progressLine } from '@mahjar/publish/protocol'
import { buildPreview, isPreviewCollection, prunePreviews } from './lib/preview/build-preview.ts'

runCli(import.meta.url, async () => {
  const { values } = parseArgs({
    args: cliArgs(),
    options: { collection: { type: 'string' }, id: { type: 'string' } },
  })
  const { collection, id } = values
  if (!collection || !isPreviewCollection(collection) || !id || !/^[\w-]+$/.test(id)) {
    throw new UsageError(
      '--collection (a content collection) and --id (a document id) are required',
    )
  }
  const payload = await bootPayload()
  const result = await buildPreview(payload, { collection, id, releasesDir: env.RELEASES_DIR })
  await prunePreviews(env.RELEASES_DIR)
  process.stdout.write(`${progressLine({ kind: 'result', result })}\n`)
  process.exit(result.ok ? 0 : 1)
})
