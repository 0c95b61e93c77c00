import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
import { isEditor, isStaff } from '../../access/predicates.ts'
import { staffOrUsedByPublished } from '../../access/usedByPublished.ts'
import { localizedText } from '../../fields/text.ts'
import { rejectWrongTypes } from '../../hooks/rejectWrongTypes.ts'
import { groups } from '../groups.ts'
import { cleanUpload } from './cleanUpload.ts'

export const mediaMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'application/pdf',
]

/**
 * Images (resized with sharp) and report PDFs. Alt text is required in each language saved.
 * Public only once a published document uses them (access/usedByPublished.ts).
 */
export function mediaCollection(staticDir: string): CollectionConfig {
  return {
    slug: 'media',
    labels: {
      singular: label('cms.collection.media.singular'),
      plural: label('cms.collection.media.plural'),
    },
    admin: { useAsTitle: 'alt', group: groups.system },
    access: { read: staffOrUsedByPublished, create: isStaff, update: isStaff, delete: isEditor },
    hooks: { beforeOperation: [rejectWrongTypes, cleanUpload] },
    upload: {
      staticDir,
      mimeTypes: mediaMimeTypes,
      imageSizes: [
        { name: 'thumbnail', width: 400 },
        { name: 'card', width: 800 },
        { name: 'social', width: 1200, height: 630, position: 'centre' },
      ],
      formatOptions: { format: 'webp', options: { quality: 82 } },
      // Browsers must take the stored type at its word (no sniffing a PDF into HTML).
      modifyResponseHeaders: ({ headers }) => {
        headers.set('X-Content-Type-Options', 'nosniff')
        return headers
      },
    },
    fields: [
      // Labels for three of Payload's own upload fields, which it names only in English.
      { name: 'mimeType', type: 'text', label: label('cms.field.mimeType') },
      { name: 'url', type: 'text', label: label('cms.field.url') },
      {
        name: 'thumbnailURL',
        type: 'text',
        label: label('cms.field.thumbnailURL'),
      },
      localizedText({
        name: 'alt',
        label: label('cms.field.alt'),
        max: textLimits.title,
        required: true,
        description: label('cms.media.alt.description'),
      }),
    ],
  }
}
