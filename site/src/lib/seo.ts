/**
 * What search engines and share cards read: canonical and alternate URLs, Open Graph locales,
 * JSON-LD (Organization, BreadcrumbList; the citable items' JSON-LD is built in ./jsonld.ts).
 */
import { absoluteUrl } from '@mahjar/shared/urls'
import { defaultLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { jsonForScript } from '@mahjar/shared/markup'
import { env } from '../env.ts'

/** Builds the same page's path in any language. */
export type LocalizedPath = (lang: LocaleCode) => string

export interface Alternate {
  hreflang: string
  href: string
}

export function canonical(path: string): string {
  return absoluteUrl(env.SITE_URL, path)
}

/** One alternate per language, plus `x-default` (the language chooser for home, else Arabic). */
export function alternates(path: LocalizedPath, xDefault = path(defaultLocale)): Alternate[] {
  return [
    ...localeCodes.map((lang) => ({ hreflang: lang, href: canonical(path(lang)) })),
    { hreflang: 'x-default', href: canonical(xDefault) },
  ]
}

export const ogLocales: Record<LocaleCode, string> = { ar: 'ar_AR', en: 'en_GB' }

export interface Crumb {
  label: string
  href: string
}

export type JsonLd = Record<string, unknown>

export function breadcrumbLd(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: canonical(crumb.href),
    })),
  }
}

export function organizationLd(name: string, lang: LocaleCode, homePath: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name,
    url: canonical(homePath),
    // schema.org gives an Organization `knowsLanguage`; `inLanguage` belongs to creative works.
    knowsLanguage: lang,
  }
}

/** Serialises JSON-LD for a `<script>` element (`jsonForScript`: no text can close it). */
export function serialiseLd(data: JsonLd): string {
  return jsonForScript(data)
}
