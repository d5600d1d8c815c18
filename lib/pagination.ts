// Listings are paginated with path segments (/fr/economie/page/2), so every page is a cacheable URL that works
// without JavaScript. Page 1 has no segment: /fr/economie/page/1 is not a page of its own (404, never duplicated).
export const PAGE_SIZE = 12

/** The page number in a `page/<n>` segment: an integer from 2 up, written canonically ("2", not "02"); else null. */
export function parsePageSegment(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null
  const page = Number(raw)
  return page >= 2 ? page : null
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/** The URL of page `n` of a listing whose first page lives at `base`. */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`
}
