/**
 * `/{lang}/findings/table.json`: every row of the findings table in compact form, texts in the
 * page language (or the other one, marked, when not translated). The table's script loads it
 * only when a reader filters or sorts, so the whole table, not one page of it, can be narrowed.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { countryKey } from '@mahjar/shared/finding-filters'
import { localeCodes } from '@mahjar/shared/locales'
import { statisticText } from '@mahjar/shared/statistic'
import { urls } from '@mahjar/shared/urls'
import { requireReport, siteData } from '../../../lib/content.ts'
import { textIn, type TextInLanguage } from '@mahjar/shared/localized'
import { langParam } from '../../../lib/params.ts'
import { groupId, groupPath } from '@mahjar/shared/recommendation-groups'
import type { LocalizedText } from '@mahjar/shared/localized'
import type { TableData, TableRow } from '../../../scripts/findings/table-data.ts'
import type { ValueLabel } from '../../../scripts/search/config.ts'

export const getStaticPaths = (() =>
  localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths

function label(picked: TextInLanguage | undefined): ValueLabel {
  if (!picked) return { text: '' }
  return picked.fallback ? { text: picked.text, lang: picked.lang } : { text: picked.text }
}

export const GET: APIRoute = async ({ params }) => {
  const lang = langParam(params.lang)
  const site = await siteData()
  const text = (value: LocalizedText | undefined) => label(textIn(value, lang))
  const rows = site.findings.map((finding): TableRow => {
    const statistic = finding.statistic && statisticText(finding.statistic, lang)
    return {
      code: finding.code,
      href: urls.finding(lang, finding.code),
      statement: text(finding.statement),
      figure: statistic ? [statistic.qualifier, statistic.figure].filter(Boolean).join(' ') : '',
      ...(finding.statistic && { value: finding.statistic.value }),
      ...(statistic?.base && { base: statistic.base }),
      ...(finding.exhibit && { exhibit: text(finding.exhibit) }),
      report: finding.report,
      chapter: finding.chapter,
      themes: finding.themes,
      countries: finding.countries.map(countryKey),
    }
  })
  const reports = Object.fromEntries(
    [...new Set(site.findings.map((f) => f.report))].map((slug) => {
      const report = requireReport(site, slug, 'Findings table')
      return [
        slug,
        {
          title: text(report.title),
          href: urls.report(lang, slug),
          chapters: Object.fromEntries(report.chapters.map((c) => [c.key, text(c.title)])),
        },
      ]
    }),
  )
  const themes = Object.fromEntries(
    site.themes.map((theme) => [
      theme.slug,
      {
        name: text(theme.name),
        ...(site.recommendationGroups.has(groupId('theme', theme.slug)) && {
          href: groupPath(lang, 'theme', theme.slug),
        }),
      },
    ]),
  )
  const data: TableData = { rows, reports, themes }
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } })
}
