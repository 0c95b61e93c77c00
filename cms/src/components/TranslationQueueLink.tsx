'use client'
/** The translation queue's place in the admin's navigation, after the collections. */
import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { messageIn } from '../i18n/messages.ts'
import { localeOrDefault } from '@mahjar/shared/locales'

export function TranslationQueueLink() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const lang = localeOrDefault(i18n.language)
  return (
    // No prefetch: a prefetch cut short by leaving the page shows as a failed request.
    <Link
      className="nav__link"
      href={`${config.routes.admin}/translations`}
      id="nav-translations"
      prefetch={false}
    >
      <span className="nav__link-label">{messageIn(lang, 'translationQueue')}</span>
    </Link>
  )
}
