/**
 * A finding's statistic as readers see it, written once for the site's pages, the findings table,
 * citations and share cards: qualifier "more than" / «أكثر من», figure "90%" or the range "15–20%",
 * base "n = 104". Numbers through `format.ts` (Latin digits in Arabic, see locales.ts); qualifier
 * words from the UI strings (`qualifier.<value>`), the ones the CMS offers as options.
 */
import { formatNumber, formatNumberRange, formatPercent, formatPercentRange } from './format.ts'
import { useTranslations } from './i18n.ts'
import type { LocaleCode } from './locales.ts'
import type { Finding } from './schemas/collections.ts'

/** A finding's statistic, as the published snapshot carries it. */
export type Statistic = NonNullable<Finding['statistic']>

/** The parts of a statistic as written in one language, each shown apart on a page or a card. */
export interface StatisticText {
  readonly qualifier?: string | undefined
  readonly figure: string
  readonly base?: string | undefined
}

/** One value in the statistic's unit: 62 → "62%" (percent) or "62" (count). */
export function formatStatisticValue(lang: LocaleCode, unit: Statistic['unit'], value: number) {
  return unit === 'percent' ? formatPercent(lang, value) : formatNumber(lang, value)
}

export function statisticText(
  statistic: Pick<Statistic, 'value' | 'valueMax' | 'unit' | 'base' | 'qualifier'>,
  lang: LocaleCode,
): StatisticText {
  const { value, valueMax, unit, base, qualifier } = statistic
  const figure =
    valueMax === undefined
      ? formatStatisticValue(lang, unit, value)
      : unit === 'percent'
        ? formatPercentRange(lang, value, valueMax)
        : formatNumberRange(lang, value, valueMax)
  return {
    qualifier: qualifier ? useTranslations(lang)(`qualifier.${qualifier}`) : undefined,
    figure,
    base: base === undefined ? undefined : `n = ${formatNumber(lang, base)}`,
  }
}
