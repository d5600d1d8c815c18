import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { isLocale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { paths } from '@/lib/paths'
import { parseSearchPage, searchQueryFromSegment } from '@/lib/search-query'
import { SearchLayout } from '../../search-results'

// Readers ask for /<lang>/recherche?q=…&page=…; proxy.ts rewrites that here (lib/search-query.ts
// searchResultsPath), so each query's page renders once and is then served from the cache like an article, until
// a publish revalidates the results (searchPublished is tagged with the articles' list tag) or a minute passes.
// This address itself is internal: asked for directly, proxy.ts answers 404.
export const instant = false

// Cache Components needs at least one value to validate the route at build: a search for "_" (no results).
export function generateStaticParams() {
  return [{ q: 'Xw', page: '1' }]
}

async function load(params: PageProps<'/[lang]/recherche/[q]/[page]'>['params']) {
  const { lang, q, page: rawPage } = await params
  const page = parseSearchPage(rawPage)
  if (!isLocale(lang) || page === null) notFound()
  return { lang, page, input: searchQueryFromSegment(q) }
}

export async function generateMetadata({ params }: PageProps<'/[lang]/recherche/[q]/[page]'>): Promise<Metadata> {
  const { lang, input } = await load(params)
  const t = getDictionary(lang)
  return {
    title: input.kind === 'ok' ? `${input.query} · ${t.site.search}` : t.site.search,
    // Result pages are endless combinations of words: crawlers follow them but do not index them.
    robots: { index: false, follow: true },
    alternates: { canonical: paths.search(lang) },
  }
}

export default async function SearchResultsPage({ params }: PageProps<'/[lang]/recherche/[q]/[page]'>) {
  const { lang, page, input } = await load(params)
  return <SearchLayout locale={lang} input={input} page={page} />
}
