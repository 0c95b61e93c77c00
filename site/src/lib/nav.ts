/** The editorial pages that exist in the build (in at least one language), in menu order. */
import { editorialPages, urls, type EditorialPage } from '@mahjar/shared/urls'
import type { MessageKey } from '@mahjar/shared/i18n'
import type { LocaleCode } from '@mahjar/shared/locales'
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

/** The pages that list every item of a kind, in menu order: the header and the footer link each. */
export const browsePages: readonly { label: MessageKey; href: (lang: LocaleCode) => string }[] = [
  { label: 'nav.reports', href: urls.reports },
  { label: 'nav.findings', href: urls.findings },
  { label: 'nav.recommendations', href: urls.recommendations },
  { label: 'nav.practices', href: urls.practices },
  { label: 'nav.campaigns', href: urls.campaigns },
  { label: 'nav.stories', href: urls.stories },
]
