/** Admin navigation groups. */
export const groups = {
  research: { ar: 'البحث', en: 'Research' },
  directory: { ar: 'الممارسات والحملات', en: 'Practices and campaigns' },
  taxonomies: { ar: 'التصنيفات', en: 'Taxonomies' },
  system: { ar: 'النظام', en: 'System' },
}
