import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
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
    labels: { singular: { ar: 'ملف', en: 'Media file' }, plural: { ar: 'الوسائط', en: 'Media' } },
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
      { name: 'mimeType', type: 'text', label: { ar: 'نوع الملف', en: 'MIME type' } },
      { name: 'url', type: 'text', label: { ar: 'الرابط', en: 'URL' } },
      {
        name: 'thumbnailURL',
        type: 'text',
        label: { ar: 'رابط الصورة المصغّرة', en: 'Thumbnail URL' },
      },
      localizedText({
        name: 'alt',
        label: { ar: 'النص البديل', en: 'Alt text' },
        max: textLimits.title,
        required: true,
        description: {
          ar: 'يصف الصورة لمن لا يراها.',
          en: 'Describes the image for people who cannot see it.',
        },
      }),
    ],
  }
}
