/** Computed fields every publishable collection carries (set by hooks/recordEditorialState.ts). */
import type { DateField, JSONField, RelationshipField, SelectField } from 'payload'
import { label, labels } from '@mahjar/shared/cms-i18n'
import { localeCodes } from '@mahjar/shared/locales'
import { dayAndTime } from './dates.ts'

/** The fields the save hook computes: never typed, never compared or restored. */
export const computedEditorialFields: readonly string[] = [
  'translationStatus',
  'translationLedger',
  'markTranslated',
]

/**
 * What the save hook writes (`translationSummary`): `<state>-<locale>` for every lagging state and
 * every locale of the table, `missing-ar` … `outdated-en`.
 */
export const translationStatusValues = (['missing', 'outdated'] as const).flatMap((state) =>
  localeCodes.map((code) => `${state}-${code}` as const),
)

const statusLabels = labels('cms.field.translationStatus', translationStatusValues)

const translationStatusOptions = translationStatusValues.map((value) => ({
  value,
  label: statusLabels[value],
}))

export function translationStatus(): SelectField {
  return {
    name: 'translationStatus',
    type: 'select',
    hasMany: true,
    label: label('cms.field.translationStatus'),
    options: translationStatusOptions,
    index: true,
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: label('cms.field.translationStatus.description'),
    },
  }
}

/**
 * When each language's text of each field was last written (lib/translationStatus.ts): kept by
 * recordEditorialState, read by the field markers, the queue and the export. Not for typing.
 */
export function translationLedger(): JSONField {
  return {
    name: 'translationLedger',
    type: 'json',
    // Named in both admin languages: the version comparison lists it (Payload's own name was English).
    label: label('cms.field.translationLedger'),
    admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
  }
}

/**
 * The texts a translator marks "translated" (ledger paths) in the language being saved: the
 * field markers fill it, the save consumes it and leaves it empty.
 */
export function markTranslated(): JSONField {
  return {
    name: 'markTranslated',
    type: 'json',
    label: label('cms.field.markTranslated'),
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  }
}

export function firstPublishedAt(): DateField {
  return {
    name: 'firstPublishedAt',
    type: 'date',
    label: label('withdrawn.firstPublished'),
    admin: {
      ...dayAndTime(),
      readOnly: true,
      position: 'sidebar',
      description: label('cms.field.firstPublishedAt.description'),
    },
  }
}

/**
 * Who saved this state: set to the signed-in user on every save, so each version (a snapshot of
 * the document) records its author, shown in the sidebar and in a version's view.
 */
export function editedBy(): RelationshipField {
  return {
    name: 'editedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('cms.field.editedBy'),
    admin: { readOnly: true, position: 'sidebar' },
    hooks: {
      beforeChange: [({ req, value }) => (req.user ? req.user.id : (value as unknown))],
    },
  }
}
