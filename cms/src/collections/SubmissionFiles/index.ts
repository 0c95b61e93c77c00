import type { CollectionConfig } from 'payload'
import { label } from '@mahjar/shared/cms-i18n'
import { isAdmin, isEditor, nobody } from '../../access/predicates.ts'
import { submissionFilesSlug } from '../../submissions/endpoints.ts'
import { groups } from '../groups.ts'

/**
 * The photo, voice recording or video of a submission, as re-encoded without metadata by
 * src/submissions/cleanMedia.ts, kept apart from the media library in SUBMISSIONS_DIR. Only
 * admins and editors can open one (Payload checks `read` before serving a file); only the public
 * endpoint creates one, and nobody replaces one.
 */
export function submissionFilesCollection(staticDir: string): CollectionConfig {
  return {
    slug: submissionFilesSlug,
    labels: {
      singular: label('cms.collection.submissionFiles.singular'),
      plural: label('cms.collection.submissionFiles.plural'),
    },
    admin: { group: groups.participation, hidden: true },
    access: { read: isEditor, create: nobody, update: nobody, delete: isAdmin },
    upload: {
      staticDir,
      mimeTypes: ['image/jpeg', 'audio/ogg', 'audio/webm', 'video/mp4'],
      disableLocalStorage: false,
    },
    fields: [
      {
        name: 'kind',
        type: 'select',
        label: label('cms.field.kind'),
        options: ['image', 'audio', 'video'],
        admin: { readOnly: true },
      },
    ],
  }
}
