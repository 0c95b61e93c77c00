/**
 * The report page's method figures as words: each count takes its noun's plural form (Arabic:
 * «104 ناشطين» but «178 مدعوًا»), so a sentence holds two plural strings, one per count.
 */
import { formatNumber } from '@mahjar/shared/format'
import { useTranslations } from '@mahjar/shared/i18n'
import type { LocaleCode } from '@mahjar/shared/locales'
import type { Report } from '@mahjar/shared/schemas/collections'

/**
 * What follows each figure: "activists responded, of 178 invited"; for the countries, the label of
 * their list ("Country of origin" for one).
 */
export function methodFigures(
  lang: LocaleCode,
  m: Report['methodology'],
): Record<'activists' | 'organisations' | 'origin' | 'host', string> {
  const t = useTranslations(lang)
  const n = (count: number) => ({ count, n: formatNumber(lang, count) })
  return {
    activists: t('report.method.activists', {
      count: m.activistsResponded,
      invited: t('report.method.invited', n(m.activistsInvited)),
    }),
    organisations: t('report.method.organisations', {
      count: m.organisationsInterviewed,
      contacted: t('report.method.contacted', n(m.organisationsContacted)),
    }),
    origin: t('report.method.origin', { count: m.countriesOfOrigin.length }),
    host: t('report.method.host', { count: m.hostCountries.length }),
  }
}
