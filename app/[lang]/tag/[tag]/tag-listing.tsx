import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Listing } from '@/components/site/listing'
import { listPublishedWithTag } from '@/db/queries/listings'
import { getTagBySlug } from '@/db/queries/taxonomy'
import { isLocale, type Locale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import { paths } from '@/lib/paths'
import { listingMetadata } from '@/lib/seo/listing-metadata'

// Shared by /<lang>/tag/<tag> (page 1) and /<lang>/tag/<tag>/page/<n>.
async function load(lang: string, slug: string, page: number | null) {
  if (!isLocale(lang) || page === null) notFound()
  const tag = await getTagBySlug(slug)
  if (!tag) notFound()
  const cards = await listPublishedWithTag(tag.id, tag.slug, lang, page)
  if (page > 1 && !cards.items.length) notFound()
  return { locale: lang, tag, cards, name: localized(tag.name, lang) }
}

export async function tagMetadata(lang: string, slug: string, page: number | null): Promise<Metadata> {
  const { locale, tag, name } = await load(lang, slug, page)
  const t = getDictionary(locale)
  return listingMetadata({
    locale,
    page: page ?? 1,
    title: interpolate(t.site.tagTitle, { name }),
    description: interpolate(t.site.tagDescription, { name }),
    base: (code: Locale) => paths.tag(code, tag.slug),
  })
}

export async function TagListing({ lang, slug, page }: { lang: string; slug: string; page: number | null }) {
  const { locale, tag, cards, name } = await load(lang, slug, page)
  const t = getDictionary(locale)
  return (
    <Listing
      locale={locale}
      base={paths.tag(locale, tag.slug)}
      cards={cards}
      listHeading={interpolate(t.site.tagDescription, { name })}
      header={<h1 className="font-serif text-4xl font-bold">{interpolate(t.site.tagTitle, { name })}</h1>}
    />
  )
}
