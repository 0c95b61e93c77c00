/**
 * A published figure is cited: changing it silently would make every citation wrong without a
 * word. Publishing a finding whose statistic (value, range, unit or base) differs from the
 * published one is refused unless the corrections log gains an entry with a note; the message
 * names the change and says what to add, in the editor's language. Drafts are never refused.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { message } from '../../i18n/messages.ts'
import { keepRequestLocale } from '../../hooks/keepRequestLocale.ts'
import { refuseField } from '../../fields/refuseField.ts'
import type { StatisticInput } from './statistic.ts'

type Row = { id?: unknown; note?: unknown }
type Doc = {
  id?: unknown
  _status?: string
  statistic?: StatisticInput
  corrections?: Row[] | number
}

const citedParts = ['value', 'valueMax', 'unit', 'base'] as const

/** The figure as a reader sees it: "61 %", "40–50", "61 % (n=104)". */
function figure(stat: StatisticInput | undefined): string {
  if (!stat || typeof stat.value !== 'number') return '—'
  const range =
    typeof stat.valueMax === 'number'
      ? `${String(stat.value)}–${String(stat.valueMax)}`
      : String(stat.value)
  const unit = stat.unit === 'percent' ? ' %' : ''
  const base = typeof stat.base === 'number' ? ` (n=${String(stat.base)})` : ''
  return `${range}${unit}${base}`
}

const rows = (value: Doc['corrections']): Row[] => (Array.isArray(value) ? value : [])

const hasNote = (row: Row) =>
  (typeof row.note === 'string' && row.note.trim() !== '') ||
  (typeof row.note === 'object' && row.note !== null)

export const requireCorrectionForStatistic: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const incoming = data as Doc
  const previous = (originalDoc ?? {}) as Doc
  if (operation !== 'update' || incoming._status !== 'published') return data
  if (typeof previous.id !== 'string' && typeof previous.id !== 'number') return data
  const published = (await keepRequestLocale(req, () =>
    req.payload.findByID({
      collection: collection.slug,
      id: previous.id as string,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )) as Doc
  if (published._status !== 'published') return data
  const next = { ...previous.statistic, ...incoming.statistic }
  const changed = citedParts.some(
    (part) => (next[part] ?? null) !== (published.statistic?.[part] ?? null),
  )
  if (!changed) return data
  const known = new Set(rows(published.corrections).map((row) => row.id))
  const corrections = incoming.corrections ?? previous.corrections
  if (rows(corrections).some((row) => !known.has(row.id) && hasNote(row))) return data
  refuseField(
    req,
    collection.slug,
    'corrections',
    message(req, 'statisticNeedsCorrection', {
      old: figure(published.statistic),
      new: figure(next),
    }),
  )
}
