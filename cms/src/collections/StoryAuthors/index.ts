/**
 * The name of an anonymous story's teller, stored apart from the story: the stories table and
 * its versions never hold it, so no field-access slip, version read, export or dump of the public
 * content can carry it (tellers include activists in exile, targets of transnational repression).
 * Written by the story's save (Stories/hooks/authorApart.ts: the story's "Author" field is the
 * way editors see and change it); read, corrected or erased here by editors and admins only.
 * Translators and readers never see it, and the snapshot never reads it.
 */
import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { isEditor, nobody } from '../../access/predicates.ts'
import { hasRole } from '../../access/roles.ts'
import { localizedText } from '../../fields/text.ts'
import { groups } from '../groups.ts'

export const storyAuthorsSlug = 'story-authors'

export const StoryAuthors: CollectionConfig = {
  slug: storyAuthorsSlug,
  labels: {
    singular: { ar: 'كاتب قصة مجهولة', en: 'Author of an anonymous story' },
    plural: { ar: 'كتّاب القصص المجهولة', en: 'Authors of anonymous stories' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'story', 'updatedAt'],
    group: groups.directory,
    hidden: ({ user }) => !hasRole(user as { role?: unknown }, 'admin', 'editor'),
    description: {
      ar: 'أسماء كتّاب القصص المنشورة دون اسم. لا تخرج من لوحة الإدارة، ولا يراها المترجمون.',
      en: 'The names behind anonymous stories. They never leave the admin; translators do not see them.',
    },
  },
  // Created only by a story's save (trusted code): a name always belongs to exactly one story.
  access: { read: isEditor, create: nobody, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'story',
      type: 'relationship',
      label: { ar: 'القصة', en: 'Story' },
      relationTo: 'stories',
      required: true,
      unique: true,
      index: true,
      // Which story a name belongs to is set once, by the story.
      access: { update: () => false },
      admin: { readOnly: true },
    },
    localizedText({ name: 'name', label: { ar: 'الاسم', en: 'Name' }, max: textLimits.name }),
  ],
}
