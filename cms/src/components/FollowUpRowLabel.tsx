'use client'
/**
 * The title of a follow-up row in the admin: its date, kind and status in the admin's language
 * («2 مارس 2026 · رد · مؤيَّدة», "2 March 2026 · Response · Supported"), so a long record reads
 * as a timeline while its rows are collapsed. A row not filled in yet says its number.
 */
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@mahjar/shared/format'
import { enumLabels } from '@mahjar/shared/i18n'
import { followUpKinds, followUpStatuses } from '@mahjar/shared/schemas/recommendations'
import { messageIn } from '../i18n/messages.ts'
import type { InEveryLanguage } from '@mahjar/shared/localized'
import { localeOrDefault } from '@mahjar/shared/locales'

type Row = { date?: unknown; kind?: unknown; status?: unknown }

const kindLabels: Record<string, InEveryLanguage> = enumLabels('followUpKind', followUpKinds)
const statusLabels: Record<string, InEveryLanguage> = enumLabels('followUpStatus', followUpStatuses)

export function FollowUpRowLabel() {
  const { data, rowNumber = 0 } = useRowLabel<Row>()
  const { i18n } = useTranslation()
  const lang = localeOrDefault(i18n.language)
  const parts = [
    typeof data.date === 'string' && data.date !== '' ? formatDate(lang, data.date) : undefined,
    typeof data.kind === 'string' ? kindLabels[data.kind]?.[lang] : undefined,
    typeof data.status === 'string' ? statusLabels[data.status]?.[lang] : undefined,
  ].filter((part): part is string => part !== undefined)
  if (parts.length > 0) return <span>{parts.join(' · ')}</span>
  return <span>{messageIn(lang, 'followUpRow', { number: rowNumber + 1 })}</span>
}
