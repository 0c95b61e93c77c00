/**
 * A failed build's error, as recorded (`builds.error`: the build's own words, in English), →
 * the kind of failure in the reader's language (src/i18n/messages.ts). Editors read the kind;
 * the raw error and the log tail stay beside it for whoever fixes the build.
 */
import { messageIn, type MessageKey } from '../../i18n/messages.ts'

const kinds: readonly [RegExp, MessageKey][] = [
  // A sound build that another beat to the site (one writer): publish/src/release/releases.ts.
  [/is left not live/, 'buildErrorSuperseded'],
  [/SITE_BUILD_COMMAND is not set/, 'buildErrorNoCommand'],
  [/Interrupted/i, 'buildErrorInterrupted'],
  [/astro build failed|Invalid snapshot|Snapshot file/i, 'buildErrorPages'],
  [/cannot be exported|export/i, 'buildErrorExport'],
  [/permalink/i, 'buildErrorPermalinks'],
]

export function buildErrorKey(error: string): MessageKey {
  return kinds.find(([pattern]) => pattern.test(error))?.[1] ?? 'buildErrorCommand'
}

export function buildErrorReason(error: string, lang: 'ar' | 'en'): string {
  return messageIn(lang, buildErrorKey(error))
}
