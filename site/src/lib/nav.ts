/** The editorial pages that exist in the build (in at least one language), in menu order. */
import { editorialPages, type EditorialPage } from '@mahjar/shared/urls'
import type { MessageKey } from '@mahjar/shared/i18n'
import type { SiteData } from './content.ts'

export const pageLabels: Record<EditorialPage, MessageKey> = {
  about: 'nav.about',
  approach: 'nav.approach',
  'how-to-cite': 'nav.howToCite',
  privacy: 'nav.privacy',
}

export function publishedPages(site: SiteData): EditorialPage[] {
  return editorialPages.filter((page) => site.pages.some((entry) => entry.id.endsWith(`/${page}`)))
}
