/**
 * The names of the recommendations browser's groups (the groups themselves, their pages and
 * URLs: shared/src/recommendation-groups.ts).
 */
import { inEveryLanguage, type LocalizedText } from '@mahjar/shared/localized'
import type { GroupKind } from '@mahjar/shared/recommendation-groups'
import type { SiteData } from './content.ts'

/** The name of an audience, theme or report group (a status is named by the UI strings). */
export function groupTermName(
  site: Pick<SiteData, 'audienceBySlug' | 'themeBySlug' | 'reportBySlug'>,
  kind: Exclude<GroupKind, 'status'>,
  key: string,
): LocalizedText | undefined {
  switch (kind) {
    case 'audience':
      return site.audienceBySlug.get(key)?.name
    case 'theme':
      return site.themeBySlug.get(key)?.name
    case 'report':
      return site.reportBySlug.get(key)?.title
    case 'finding':
      // A code reads the same in every language.
      return inEveryLanguage(() => key)
  }
}
