import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { isLocale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { paths } from '@/lib/paths'
import { everyLanguage, ogAlternateLocales, ogLocale } from '@/lib/seo/alternates'
import { SearchLayout } from './search-results'

export async function generateMetadata({ params }: PageProps<'/[lang]/recherche'>): Promise<Metadata> {
  const { lang } = await params
  if (!isLocale(lang)) return {}
  return {
    title: getDictionary(lang).site.search,
    // Result pages are endless combinations of words: crawlers follow them but do not index them.
    robots: { index: false, follow: true },
    alternates: { canonical: paths.search(lang), languages: everyLanguage(paths.search) },
    openGraph: { type: 'website', url: paths.search(lang), locale: ogLocale(lang), alternateLocale: ogAlternateLocales(lang) },
  }
}

// The empty search page, static. A query is answered by ./[q]/[page] (proxy.ts rewrites ?q=…&page=… there), so
// results pages are cached one per query instead of rendering on every request.
export default async function SearchPage({ params }: PageProps<'/[lang]/recherche'>) {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  return <SearchLayout locale={lang} input={{ kind: 'empty' }} page={1} />
}
