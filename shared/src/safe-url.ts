/**
 * Which URLs content may carry to readers. Readers of this site may be targets of transnational
 * repression: a link must never run script (`javascript:`, `data:`, `vbscript:`, `file:` …) and an
 * image must never make the reader's browser ask another host (that would hand it their IP).
 * One rule for the CMS (refused at save time) and the site (dropped at build time).
 */

/** Schemes a link may use; anything else with a scheme is refused. */
export const linkProtocols: readonly string[] = ['https:', 'http:', 'mailto:']

/** ASCII control characters and spaces: browsers strip some of them inside a scheme. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they hide a scheme
const controlOrSpace = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/

/**
 * A path on this site: `/ar/reports/x/`, `#section`, `./x`, `../x`. Not `//host/…` or `/\host`
 * (protocol-relative: another host) and nothing a browser would read as a scheme.
 */
export function isSitePath(url: string): boolean {
  if (controlOrSpace.test(url) || url.includes('\\')) return false
  if (url.startsWith('//')) return false
  return url.startsWith('/') || url.startsWith('#') || url.startsWith('./') || url.startsWith('../')
}

/** A link a reader may follow: an https/http/mailto URL or a path on this site. */
export function isSafeLinkUrl(url: string): boolean {
  if (url === '') return false
  if (isSitePath(url)) return true
  if (controlOrSpace.test(url.trim()) || url.includes('\\')) return false
  if (!URL.canParse(url)) return false
  const parsed = new URL(url)
  if (!linkProtocols.includes(parsed.protocol)) return false
  // An absolute http(s) URL names a host; `http:/x` or `https:x` is not one.
  return parsed.protocol === 'mailto:' || /^https?:\/\/[^/]/i.test(url)
}

/** An absolute link to another host (gets `rel="noreferrer noopener"`). */
export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

/** An image the site may show: only its own files (a path on this site), never another host. */
export function isSiteImageUrl(url: string): boolean {
  return url.startsWith('/') && isSitePath(url)
}
