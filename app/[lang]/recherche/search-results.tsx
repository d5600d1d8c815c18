import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Byline } from '@/components/site/byline'
import { searchPublished } from '@/db/queries/search'
import type { Locale } from '@/lib/i18n/config'
import { formatCount, getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatNumber } from '@/lib/i18n/format'
import { localized } from '@/lib/i18n/localized'
import { pageCount } from '@/lib/pagination'
import { paths } from '@/lib/paths'
import { MAX_QUERY_LENGTH, parseSearchPage, parseSearchQuery, splitHighlights } from '@/lib/search-query'

/** A plain GET form: searching and paging work without JavaScript. */
function SearchForm({ locale, query }: { locale: Locale; query: string }) {
  const t = getDictionary(locale)
  return (
    <form role="search" action={paths.search(locale)} method="get" className="mt-6 flex flex-wrap gap-2">
      <label htmlFor="search-q" className="sr-only">
        {t.site.searchLabel}
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        className="min-w-0 flex-1 rounded border border-muted bg-white px-3 py-2"
      />
      <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-white">
        {t.site.searchButton}
      </button>
    </form>
  )
}

function Highlighted({ text }: { text: string }) {
  return splitHighlights(text).map((run, index) => (run.hit ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))
}

function pageLink(locale: Locale, query: string, page: number) {
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('page', String(page))
  return `${paths.search(locale)}?${params}`
}

export async function SearchResults({ locale, searchParams }: { locale: Locale; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = getDictionary(locale)
  const raw = await searchParams
  const input = parseSearchQuery(raw.q)
  const page = parseSearchPage(raw.page)
  if (page === null) notFound() // proxy.ts answers these with a 404 status first (lib/public-status.ts)
  if (input.kind !== 'ok') {
    return (
      <>
        <SearchForm locale={locale} query="" />
        <p role="status" className="mt-4 text-muted">
          {input.kind === 'tooLong' ? interpolate(t.site.searchTooLong, { max: MAX_QUERY_LENGTH }) : t.site.searchPrompt}
        </p>
      </>
    )
  }
  const results = await searchPublished(locale, input.query, page)
  if (page > 1 && !results.items.length) notFound()
  const pages = pageCount(results.pageable, results.pageSize)
  return (
    <>
      <SearchForm locale={locale} query={input.query} />
      <p role="status" className="mt-4 text-muted">
        {results.total
          ? formatCount(t.site.searchResults, results.total, { query: input.query })
          : interpolate(t.site.searchNone, { query: input.query })}
      </p>
      {results.items.length ? (
        <ol className="mt-4">
          {results.items.map((item) => (
            <li key={item.id} className="border-b border-line py-4">
              <p className="text-xs font-bold uppercase tracking-wider text-accent">{localized(item.categoryName, locale)}</p>
              <h2 className="mt-1 font-serif text-xl font-bold">
                <Link href={paths.article(item)} className="hover:underline">
                  <Highlighted text={item.titleMarked} />
                </Link>
              </h2>
              <p className="mt-1 text-muted">
                <Highlighted text={item.snippet} />
              </p>
              <Byline authorName={item.authorName} publishedAt={item.publishedAt} locale={locale} className="mt-1 text-sm text-muted" />
            </li>
          ))}
        </ol>
      ) : null}
      {pages > 1 ? (
        <nav aria-label={t.site.pagination} className="mt-8 flex items-center justify-between gap-4 text-sm">
          {page > 1 ? (
            <Link href={pageLink(locale, input.query, page - 1)} rel="prev" className="font-semibold underline">
              {t.site.previousPage}
            </Link>
          ) : (
            <span />
          )}
          <p>{interpolate(t.site.pageOf, { page: formatNumber(page, locale), count: formatNumber(pages, locale) })}</p>
          {page < pages ? (
            <Link href={pageLink(locale, input.query, page + 1)} rel="next" className="font-semibold underline">
              {t.site.nextPage}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  )
}
