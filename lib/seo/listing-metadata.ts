import type { Metadata } from 'next'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { pageHref } from '@/lib/pagination'
import { everyLanguage, ogAlternateLocales, ogLocale } from './alternates'

/** Title, canonical URL, language alternates and sharing tags of page `page` of a listing. */
export function listingMetadata(input: {
  locale: Locale
  title: string
  description: string
  page: number
  base: (locale: Locale) => string
  feed?: string
}): Metadata {
  const { locale, page, base } = input
  const title = page > 1 ? interpolate(getDictionary(locale).site.pageTitle, { title: input.title, page }) : input.title
  const url = pageHref(base(locale), page)
  return {
    title,
    description: input.description,
    alternates: {
      canonical: url,
      languages: everyLanguage((code) => pageHref(base(code), page)),
      types: input.feed ? { 'application/rss+xml': input.feed } : undefined,
    },
    openGraph: { type: 'website', url, title, description: input.description, locale: ogLocale(locale), alternateLocale: ogAlternateLocales(locale) },
    twitter: { card: 'summary', title, description: input.description },
  }
}
