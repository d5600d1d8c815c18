import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Listing } from '@/components/site/listing'
import { listPublishedByAuthor } from '@/db/queries/listings'
import { getPublicAuthorBySlug } from '@/db/queries/taxonomy'
import { direction, isLocale, type Locale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { inPageLanguageOrOriginal } from '@/lib/i18n/localized'
import { mediaUrl } from '@/lib/media-url'
import { paths } from '@/lib/paths'
import { listingMetadata } from '@/lib/seo/listing-metadata'

// Shared by /<lang>/auteur/<author> (page 1) and /<lang>/auteur/<author>/page/<n>.
async function load(lang: string, slug: string, page: number | null) {
  if (!isLocale(lang) || page === null) notFound()
  const author = await getPublicAuthorBySlug(slug)
  if (!author) notFound()
  const cards = await listPublishedByAuthor(author.id, author.slug, lang, page)
  if (page > 1 && !cards.items.length) notFound()
  return { locale: lang, author, cards, bio: inPageLanguageOrOriginal(author.bio, lang) }
}

export async function authorMetadata(lang: string, slug: string, page: number | null): Promise<Metadata> {
  const { locale, author, bio } = await load(lang, slug, page)
  const t = getDictionary(locale)
  const metadata = listingMetadata({
    locale,
    page: page ?? 1,
    title: author.name,
    // A description in another language than the page's would mislead search engines: the dictionary's sentence instead.
    description: (bio?.lang === locale && bio.text) || interpolate(t.site.authorDescription, { name: author.name }),
    base: (code: Locale) => paths.author(code, author.slug),
  })
  return { ...metadata, openGraph: { ...metadata.openGraph, type: 'profile' } }
}

export async function AuthorListing({ lang, slug, page }: { lang: string; slug: string; page: number | null }) {
  const { locale, author, cards, bio } = await load(lang, slug, page)
  const t = getDictionary(locale)
  return (
    <Listing
      locale={locale}
      base={paths.author(locale, author.slug)}
      cards={cards}
      listHeading={interpolate(t.site.authorArticles, { name: author.name })}
      header={
        <div className="flex items-center gap-4">
          {author.avatarKey ? (
            // eslint-disable-next-line @next/next/no-img-element -- media files are resized on upload
            <img src={mediaUrl(author.avatarKey)} alt={author.avatarAlt ?? ''} width={80} height={80} className="h-20 w-20 rounded-full object-cover" />
          ) : (
            <span aria-hidden="true" className="flex h-20 w-20 shrink-0 items-center justify-center rounded-full bg-ink font-serif text-3xl text-white">
              {author.name.charAt(0)}
            </span>
          )}
          <div>
            <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
            {bio ? (
              // Not yet translated: the original, marked with its language so screen readers and bidi handle it.
              <p className="mt-1 text-muted" lang={bio.lang === locale ? undefined : bio.lang} dir={bio.lang === locale ? undefined : direction(bio.lang)}>
                {bio.text}
              </p>
            ) : null}
          </div>
        </div>
      }
    />
  )
}
