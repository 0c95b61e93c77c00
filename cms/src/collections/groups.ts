import { label } from '@mahjar/shared/cms-i18n'
/** Admin navigation groups. */
export const groups = {
  research: label('cms.group.research'),
  directory: label('cms.group.directory'),
  taxonomies: label('cms.group.taxonomies'),
  participation: label('cms.group.participation'),
  system: label('cms.group.system'),
}
