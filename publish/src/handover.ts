/**
 * How the CMS hands the snapshot it exports to the publish command (`build-site.ts --snapshot
 * <dir> --when-exported`): it starts the command as the export begins, and says on the command's
 * stdin when the export is complete. The command's own start (Node and its modules, 0.26–0.9 s
 * at 10,000 recommendations) then runs beside the export instead of after it
 * (docs/benchmarks.md, "Young objects, the command started beside the export, and the ready
 * copy let finish").
 * Without that line (the export failed, the CMS went away) the command ends with nothing built.
 *
 * Apart from protocol.ts: the command's publish path loads no schema library.
 */
import type { Readable, Writable } from 'node:stream'

/** The command's option (without its dashes): wait for the export's line before building. */
export const whenExportedOption = 'when-exported'

const exportedLine = 'exported'

/** The CMS's side, once the export ended: complete (`ok`) or not. */
export function tellExported(stdin: Writable, ok: boolean): void {
  // The command may have ended already (a failure at its start): nothing to tell.
  stdin.on('error', () => undefined)
  stdin.end(ok ? `${exportedLine}\n` : '')
}

/** The command's side: resolves once the export is complete; throws if it never will be. */
export async function exportCompleted(stdin: Readable): Promise<void> {
  let said = ''
  for await (const chunk of stdin) {
    said += String(chunk)
    if (said.includes('\n')) break
  }
  if (said.split('\n')[0] !== exportedLine)
    throw new Error('the published snapshot was not exported: nothing was built')
}
