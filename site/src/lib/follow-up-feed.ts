/**
 * The Atom feed of follow-up updates in a language: one entry per follow-up entry ("<code>:
 * <status>", its statement, dated the day it records), linking to the entry on its
 * recommendation's page; the newest `followUpFeedSize` only, since a reader polls for updates and
 * the whole record is open data.
 */
import type { LocaleCode } from '@mahjar/shared/locales'
import { useTranslations } from '@mahjar/shared/i18n'
import { urls } from '@mahjar/shared/urls'
import { chronological, followUpAnchor, type FollowUpFacts } from '@mahjar/shared/follow-up'
import { atomDocument, type FeedEntry } from './atom.ts'
import { textIn } from '@mahjar/shared/localized'
import type { LocalizedText } from '@mahjar/shared/localized'

/** What the feed reads of a recommendation (a snapshot document has it). */
export interface FollowedRecommendation {
  readonly code: string
  readonly followUp: readonly (FollowUpFacts & { readonly statement: LocalizedText })[]
}

/** How many of the newest follow-up entries the feed carries (a few months' worth at most). */
export const followUpFeedSize = 100

/** Every follow-up entry: "<code>: <status>", its statement, dated the day it records. */
function followUpEntries(
  recommendations: readonly FollowedRecommendation[],
  lang: LocaleCode,
): FeedEntry[] {
  const t = useTranslations(lang)
  return recommendations.flatMap((rec) =>
    // Newest first within a recommendation too: the sort below keeps the order of equal dates.
    chronological(rec.followUp)
      .reverse()
      .map((entry) => {
        const statement = textIn(entry.statement, lang)
        const day = `${entry.date}T00:00:00.000Z`
        return {
          title: `${rec.code}: ${t(`followUpStatus.${entry.status}`)}`,
          titleLang: lang,
          path: `${urls.recommendation(lang, rec.code)}#${followUpAnchor(rec.followUp, entry)}`,
          updated: day,
          published: day,
          summary: statement?.text ?? '',
          summaryLang: statement?.lang !== lang ? statement?.lang : undefined,
          category: t(`followUpKind.${entry.kind}`),
        }
      }),
  )
}

export function followUpFeed(
  recommendations: readonly FollowedRecommendation[],
  lang: LocaleCode,
): string {
  return atomDocument(lang, {
    title: useTranslations(lang)('followUpFeed.title'),
    self: urls.followUpFeed(lang),
    home: urls.recommendations(lang),
    items: followUpEntries(recommendations, lang),
    limit: followUpFeedSize,
  })
}
