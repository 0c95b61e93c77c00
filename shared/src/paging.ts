/**
 * Long static lists split into pages (the recommendations browser's groups, the findings table),
 * so no browse page grows with its collection. Page URLs: `pagedPath` in shared/src/urls.ts. The
 * site pages its lists with these sizes, and the publishing engine counts pages with them.
 */

/**
 * The recommendations a report's or a finding's page lists (their opening words); all of them
 * are on the report's or the finding's group pages, so detail pages stay light at any size.
 */
export const listedOnDetailPages = 20

/** How many pages `count` items fill at `size` a page: at least one, so an empty list has a page. */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size))
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size: number): readonly T[] {
  return items.slice((page - 1) * size, page * size)
}

/** `getStaticPaths` of a paginated list: page 1 at the list's own URL (`page` undefined), then `2`, `3` … */
export function pageParams(count: number, size: number) {
  return Array.from({ length: pageCount(count, size) }, (_, index) => ({
    page: index === 0 ? undefined : String(index + 1),
    number: index + 1,
  }))
}

/** Rows per page of the findings table: 200 rows weigh well under 100 KB gzipped. */
export const findingsPageSize = 200

/** Recommendations per page of a group: at 10,000 items a page stays far below 100 KB gzipped. */
export const groupPageSize = 100
