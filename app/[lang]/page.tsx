import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleCard } from '@/components/site/article-card'
import { listCategories } from '@/db/queries/categories'
import { listLatestCards, listPublishedInCategory } from '@/db/queries/listings'
import { isLocale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import { paths } from '@/lib/paths'
import { everyLanguage, ogAlternateLocales, ogLocale } from '@/lib/seo/alternates'

const PER_SECTION = 3
const MOST_RECENT = 10

export async function generateMetadata({ params }: PageProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params
  if (!isLocale(lang)) return {}
  const t = getDictionary(lang)
  const title = `${t.common.siteName} — ${t.common.tagline}`
  return {
    alternates: {
      canonical: paths.home(lang),
      languages: everyLanguage(paths.home, '/'), // "/" picks the reader's language
      types: { 'application/rss+xml': `${paths.home(lang)}/feed.xml` },
    },
    openGraph: {
      type: 'website',
      url: paths.home(lang),
      title,
      description: t.common.tagline,
      locale: ogLocale(lang),
      alternateLocale: ogAlternateLocales(lang),
      siteName: t.common.siteName,
    },
    twitter: { card: 'summary', title, description: t.common.tagline },
  }
}

export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  const t = getDictionary(lang)
  const [[lead, ...recent], categories] = await Promise.all([listLatestCards(lang, MOST_RECENT + 1), listCategories()])
  if (!lead) return <p className="text-muted">{t.article.noArticles}</p>
  const sections = await Promise.all(
    categories.map(async (category) => {
      // One more than shown, so the lead story can be left out of its own section.
      const cards = await listPublishedInCategory(category.id, category.slug, lang, 1, PER_SECTION + 1)
      return { category, total: cards.total, items: cards.items.filter((card) => card.id !== lead.id).slice(0, PER_SECTION) }
    }),
  )
  return (
    <div className="grid gap-10 lg:grid-cols-3">
      <h1 className="sr-only">{`${t.common.siteName} — ${t.common.tagline}`}</h1>
      <div className="space-y-10 lg:col-span-2">
        <section aria-labelledby="lead-heading">
          <h2 id="lead-heading" className="sr-only">
            {t.site.leadStory}
          </h2>
          <ArticleCard article={lead} locale={lang} lead />
        </section>
        {sections
          .filter(({ items }) => items.length)
          .map(({ category, items, total }) => {
            const name = localized(category.name, lang)
            return (
              <section key={category.id} aria-labelledby={`section-${category.slug}`}>
                <h2 id={`section-${category.slug}`} className="border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-wider">
                  <Link href={paths.category(lang, category.slug)} className="hover:text-accent">
                    {name}
                  </Link>
                </h2>
                {items.map((article) => (
                  <ArticleCard key={article.id} article={article} locale={lang} showSection={false} />
                ))}
                {total > items.length ? (
                  <p className="mt-3 text-sm">
                    <Link href={paths.category(lang, category.slug)} className="font-semibold underline">
                      {interpolate(t.site.moreIn, { name })}
                    </Link>
                  </p>
                ) : null}
              </section>
            )
          })}
      </div>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-wider">
          {t.site.mostRecent}
        </h2>
        {recent.map((article) => (
          <ArticleCard key={article.id} article={{ ...article, imageKey: null }} locale={lang} />
        ))}
      </section>
    </div>
  )
}
