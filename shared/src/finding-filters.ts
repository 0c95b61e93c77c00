/**
 * The findings table's filters, one source for the static filtered pages (site), their open data
 * files (scripts) and the table's script: which report, themes and countries a finding is filed
 * under, as the keys of `urls.findingsBy` (a country's key is its ISO code in lower case).
 */
import type { FindingFilterKind } from './urls.ts'

export interface FilterableFinding {
  readonly report: string
  readonly themes: readonly string[]
  readonly countries: readonly string[]
}

/** The key of a country in URLs and filters: `SY` → `sy`. */
export function countryKey(code: string): string {
  return code.toLowerCase()
}

/** The keys a finding is filed under, per filter kind. */
export function findingFilterKeys(finding: FilterableFinding): Record<FindingFilterKind, string[]> {
  return {
    report: [finding.report],
    theme: [...finding.themes],
    country: finding.countries.map(countryKey),
  }
}

/** Every `kind` → key → findings (in the given order), only keys that occur. */
export function groupFindings<F extends FilterableFinding>(
  findings: readonly F[],
): Record<FindingFilterKind, Map<string, F[]>> {
  const groups: Record<FindingFilterKind, Map<string, F[]>> = {
    report: new Map(),
    theme: new Map(),
    country: new Map(),
  }
  for (const finding of findings) {
    const keys = findingFilterKeys(finding)
    for (const kind of ['report', 'theme', 'country'] as const) {
      for (const key of new Set(keys[kind])) {
        const list = groups[kind].get(key)
        if (list) list.push(finding)
        else groups[kind].set(key, [finding])
      }
    }
  }
  return groups
}
