/**
 * The product's name and mark, one source for the CMS (login logo, navigation icon, admin
 * favicon) and the site (`site/public/favicon.svg` is this mark as a file; a unit test keeps the
 * two equal). The mark: a path that leaves one shore and reaches another, the diaspora's journey.
 */
import ar from './i18n/ar.json' with { type: 'json' }
import en from './i18n/en.json' with { type: 'json' }

/** "Mahjar · مهجر": both names, as the admin shows them whatever its language. */
export const productName = `${en['site.name']} · ${ar['site.name']}`

export const brandMarkSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
  '<rect width="64" height="64" rx="14" fill="#0f5c4d"/>' +
  '<path d="M14 44c6-18 30-26 36-10" fill="none" stroke="#f4efe3" stroke-width="5" stroke-linecap="round"/>' +
  '<circle cx="14" cy="44" r="5" fill="#f4efe3"/><circle cx="50" cy="34" r="5" fill="#e0a43a"/>' +
  '</svg>\n'

/** The mark as a `data:` URL: a favicon that needs no request to any host. */
export const brandMarkDataUrl = `data:image/svg+xml,${encodeURIComponent(brandMarkSvg)}`
