import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/site/json-ld'
import { Listing } from '@/components/site/listing'
import { listPublishedInCategory } from '@/db/queries/listings'
import { getCategoryBySlug } from '@/db/queries/taxonomy'
import { isLocale, type Locale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import { paths } from '@/lib/paths'
import { breadcrumbJsonLd } from '@/lib/seo/json-ld'
import { listingMetadata } from '@/lib/seo/listing-metadata'
import { absoluteUrl } from '@/lib/seo/urls'

// Shared by /<lang>/<category> (page 1) and /<lang>/<category>/page/<n>.
async function load(lang: string, slug: string, page: number | null) {
  if (!isLocale(lang) || page === null) notFound()
  const category = await getCategoryBySlug(slug)
  if (!category) notFound()
  const cards = await listPublishedInCategory(category.id, category.slug, lang, page)
  if (page > 1 && !cards.items.length) notFound() // past the last page
  return { locale: lang, category, cards, name: localized(category.name, lang) }
}

export async function categoryMetadata(lang: string, slug: string, page: number | null): Promise<Metadata> {
  const { locale, category, name } = await load(lang, slug, page)
  const t = getDictionary(locale)
  return listingMetadata({
    locale,
    page: page ?? 1,
    title: name,
    description: category.description?.[locale] || interpolate(t.site.sectionArticles, { name }),
    base: (code: Locale) => paths.category(code, category.slug),
    feed: `${paths.category(locale, category.slug)}/feed.xml`,
  })
}

export async function CategoryListing({ lang, slug, page }: { lang: string; slug: string; page: number | null }) {
  const { locale, category, cards, name } = await load(lang, slug, page)
  const t = getDictionary(locale)
  const base = paths.category(locale, category.slug)
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t.common.home, url: absoluteUrl(paths.home(locale)) },
          { name, url: absoluteUrl(base) },
        ])}
      />
      <Listing
        locale={locale}
        base={base}
        cards={cards}
        showSection={false}
        listHeading={interpolate(t.site.sectionArticles, { name })}
        header={
          <>
            <h1 className="font-serif text-4xl font-bold">{name}</h1>
            {category.description?.[locale] ? <p className="mt-2 text-muted">{category.description[locale]}</p> : null}
            <p className="mt-2 text-sm">
              <Link href={`${base}/feed.xml`} className="underline" type="application/rss+xml">
                {interpolate(t.site.rssOf, { name })}
              </Link>
            </p>
          </>
        }
      />
    </>
  )
}
