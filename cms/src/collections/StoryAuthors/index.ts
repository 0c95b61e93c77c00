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
import { label } from '@mahjar/shared/cms-i18n'
import { isEditor, nobody } from '../../access/predicates.ts'
import { hasRole } from '../../access/roles.ts'
import { localizedText } from '../../fields/text.ts'
import { groups } from '../groups.ts'

export const storyAuthorsSlug = 'story-authors'

export const StoryAuthors: CollectionConfig = {
  slug: storyAuthorsSlug,
  labels: {
    singular: label('cms.collection.storyAuthors.singular'),
    plural: label('cms.collection.storyAuthors.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'story', 'updatedAt'],
    group: groups.directory,
    hidden: ({ user }) => !hasRole(user as { role?: unknown }, 'admin', 'editor'),
    description: label('cms.storyAuthors.description'),
  },
  // Created only by a story's save (trusted code): a name always belongs to exactly one story.
  access: { read: isEditor, create: nobody, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'story',
      type: 'relationship',
      label: label('cms.field.story'),
      relationTo: 'stories',
      required: true,
      unique: true,
      index: true,
      // Which story a name belongs to is set once, by the story.
      access: { update: () => false },
      admin: { readOnly: true },
    },
    localizedText({ name: 'name', label: label('cms.field.name'), max: textLimits.name }),
  ],
}
