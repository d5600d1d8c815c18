import Link from 'next/link'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatNumber } from '@/lib/i18n/format'
import { pageCount, pageHref } from '@/lib/pagination'

/** Plain links to the previous and next pages: works without JavaScript and every page has its own URL. */
export function PaginationNav({ base, page, total, pageSize, locale }: { base: string; page: number; total: number; pageSize: number; locale: Locale }) {
  const t = getDictionary(locale)
  const count = pageCount(total, pageSize)
  if (count <= 1) return null
  return (
    <nav aria-label={t.site.pagination} className="mt-8 flex items-center justify-between gap-4 border-t border-line pt-4 text-sm">
      {page > 1 ? (
        <Link href={pageHref(base, page - 1)} rel="prev" className="font-semibold underline">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span>{" "}
          {t.site.previousPage}
        </Link>
      ) : (
        <span />
      )}
      <p aria-current="page">{interpolate(t.site.pageOf, { page: formatNumber(page, locale), count: formatNumber(count, locale) })}</p>
      {page < count ? (
        <Link href={pageHref(base, page + 1)} rel="next" className="font-semibold underline">
          {t.site.nextPage}
          {" "}<span aria-hidden="true" className="inline-block rtl:-scale-x-100">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
