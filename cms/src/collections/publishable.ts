/**
 * What every publishable collection shares: drafts, versions with restore, autosave, scheduled
 * publishing, restore as a draft, the public-read rule, the translator/editor split (on every
 * path: see hooks/keepPublishingWithEditors.ts and hooks/keepTranslatorsToText.ts), the checks
 * that complete Payload's validation (hooks/rejectMalformed.ts), the computed editorial fields and
 * withdrawal with a public reason instead of disappearance (withdrawal.ts).
 */
import type { CollectionConfig, CollectionSlug } from 'payload'
import { canSave, isEditor, isStaff, publishedOrStaff } from '../access/predicates.ts'
import {
  editedBy,
  firstPublishedAt,
  markTranslated,
  translationLedger,
  translationStatus,
} from '../fields/editorial.ts'
import { withTranslationMarkers } from '../fields/translationMarkers.ts'
import { keepPublishingWithEditors } from '../hooks/keepPublishingWithEditors.ts'
import {
  keepTranslatorsToText,
  readOnlyForTranslators,
  rememberTranslatorData,
} from '../hooks/keepTranslatorsToText.ts'
import { recordEditorialState } from '../hooks/recordEditorialState.ts'
import { rejectMalformed } from '../hooks/rejectMalformed.ts'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes.ts'
import { discardUntouchedDraftEndpoint } from './discardUntouchedDraft.ts'
import { restoreAsDraftEndpoint } from './restoreAsDraft.ts'
import { versionAuthorsEndpoint } from './versionAuthors.ts'
import {
  keepWithdrawals,
  noteUnpublish,
  requireWithdrawalReason,
  withdrawalReason,
  withdrawBeforeDelete,
} from './withdrawal.ts'

export function publishable(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          beforeDocumentControls: [
            '/components/DiscardUntouchedDraft.tsx#DiscardUntouchedDraft',
            '/components/ReleaseLockOnLeave.tsx#ReleaseLockOnLeave',
          ],
        },
      },
      defaultColumns: [...(config.admin?.defaultColumns ?? []), 'translationStatus', '_status'],
    },
    access: {
      read: publishedOrStaff,
      readVersions: isStaff,
      create: isEditor,
      update: canSave,
      delete: isEditor,
    },
    versions: {
      maxPerDoc: 50,
      drafts: { autosave: { interval: 2_000 }, schedulePublish: true },
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [
        keepPublishingWithEditors,
        rejectWrongTypes,
        rejectMalformed,
        rememberTranslatorData,
        noteUnpublish,
      ],
      beforeChange: [
        keepTranslatorsToText,
        recordEditorialState,
        requireWithdrawalReason,
        ...(config.hooks?.beforeChange ?? []),
      ],
      afterChange: [...(config.hooks?.afterChange ?? []), keepWithdrawals],
      beforeDelete: [...(config.hooks?.beforeDelete ?? []), withdrawBeforeDelete],
    },
    // Restoring a version makes a draft (restoreAsDraft.ts); "Create new" left untouched leaves
    // no empty draft (discardUntouchedDraft.ts).
    endpoints: [
      restoreAsDraftEndpoint(config.slug as CollectionSlug),
      discardUntouchedDraftEndpoint(config.slug as CollectionSlug),
      versionAuthorsEndpoint(config.slug as CollectionSlug),
      ...(config.endpoints || []),
    ],
    fields: [
      ...withTranslationMarkers(readOnlyForTranslators(config.fields)),
      translationStatus(),
      translationLedger(),
      markTranslated(),
      firstPublishedAt(),
      withdrawalReason(),
      editedBy(),
    ],
  }
}
