/** A finding's statistic as readers see it: "more than 90%", "15–20%", base "n = 104". */
import type { z } from 'zod'
import type { statistic } from '@mahjar/shared/schemas/findings'
import {
  formatNumber,
  formatNumberRange,
  formatPercent,
  formatPercentRange,
} from '@mahjar/shared/format'
import type { LocaleCode } from '@mahjar/shared/locales'
import type { Translate } from '@mahjar/shared/i18n'

export type Statistic = z.infer<ReturnType<typeof statistic>>

export interface StatisticText {
  qualifier?: string | undefined
  figure: string
  base?: string | undefined
}

export function formatValue(lang: LocaleCode, unit: Statistic['unit'], value: number): string {
  return unit === 'percent' ? formatPercent(lang, value) : formatNumber(lang, value)
}

export function statisticText(s: Statistic, lang: LocaleCode, t: Translate): StatisticText {
  const figure =
    s.valueMax === undefined
      ? formatValue(lang, s.unit, s.value)
      : s.unit === 'percent'
        ? formatPercentRange(lang, s.value, s.valueMax)
        : formatNumberRange(lang, s.value, s.valueMax)
  return {
    qualifier: s.qualifier ? t(`qualifier.${s.qualifier}`) : undefined,
    figure,
    base: s.base === undefined ? undefined : `n = ${formatNumber(lang, s.base)}`,
  }
}
