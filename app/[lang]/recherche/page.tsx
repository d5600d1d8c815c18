import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { isLocale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { paths } from '@/lib/paths'
import { everyLanguage, ogAlternateLocales, ogLocale } from '@/lib/seo/alternates'
import { SearchResults } from './search-results'

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

// The heading is the static shell; the form (which shows the typed words) and the results depend on the query
// string, so they render per request, from the cached searchPublished(). The fallback is an inert box of the
// form's height, not a second form: words typed into a fallback form were lost when the real one replaced it.
export default async function SearchPage({ params, searchParams }: PageProps<'/[lang]/recherche'>) {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  const t = getDictionary(lang)
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">{t.site.search}</h1>
      <Suspense fallback={<div className="mt-6 h-10" aria-hidden="true" />}>
        <SearchResults locale={lang} searchParams={searchParams} />
      </Suspense>
    </div>
  )
}
