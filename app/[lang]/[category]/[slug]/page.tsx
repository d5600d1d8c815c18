import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { RichText } from '@/components/site/rich-text'
import { getPublishedArticleBySlug, listArticleParamsToPrerender } from '@/db/queries/articles'
import { storedHtml } from '@/lib/html'
import { isLocale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatDate } from '@/lib/i18n/format'
import { localized } from '@/lib/i18n/localized'
import { paths } from '@/lib/paths'

// Articles outside the prerendered set render on their first visit, in full before the first byte, so an unknown
// slug answers a real 404 rather than a streamed shell with status 200; the result is then cached.
export const instant = false

// Cache Components needs at least one value to validate the route at build; a missing one renders as a 404.
const PLACEHOLDER = { category: '_', slug: '_' }

export async function generateStaticParams({ params }: { params: { lang: string } }) {
  if (!isLocale(params.lang)) return [PLACEHOLDER]
  const rows = await listArticleParamsToPrerender(params.lang)
  return rows.length ? rows : [PLACEHOLDER]
}

async function load(params: PageProps<'/[lang]/[category]/[slug]'>['params']) {
  const { lang, category, slug } = await params
  if (!isLocale(lang)) notFound()
  const article = await getPublishedArticleBySlug(slug)
  if (!article) notFound()
  // One canonical URL per article: its own language prefix and its current category.
  if (article.language !== lang || article.categorySlug !== category) permanentRedirect(paths.article(article))
  return article
}

export async function generateMetadata({ params }: PageProps<'/[lang]/[category]/[slug]'>): Promise<Metadata> {
  const article = await load(params)
  return {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.excerpt,
    alternates: { canonical: paths.article(article) },
  }
}

export default async function ArticlePage({ params }: PageProps<'/[lang]/[category]/[slug]'>) {
  const article = await load(params)
  const locale = article.language
  const t = getDictionary(locale)
  return (
    <article className="mx-auto max-w-3xl">
      <header>
        <Link href={paths.category(locale, article.categorySlug)} className="text-sm font-bold uppercase tracking-wider text-accent">
          {localized(article.categoryName, locale)}
        </Link>
        <h1 className="mt-2 font-serif text-4xl font-bold leading-tight sm:text-5xl">{article.title}</h1>
        {article.excerpt ? <p className="mt-4 text-xl text-muted">{article.excerpt}</p> : null}
        <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 border-y border-line py-3 text-sm text-muted">
          <span>
            {t.article.by}{' '}
            <Link href={paths.author(locale, article.authorSlug)} rel="author" className="font-semibold text-ink underline">
              {article.authorName}
            </Link>
          </span>
          {article.publishedAt ? (
            <time dateTime={article.publishedAt.toISOString()}>
              {interpolate(t.article.publishedOn, { date: formatDate(article.publishedAt, locale) })}
            </time>
          ) : null}
          {article.contentUpdatedAt ? (
            <time dateTime={article.contentUpdatedAt.toISOString()}>
              {interpolate(t.article.updatedOn, { date: formatDate(article.contentUpdatedAt, locale) })}
            </time>
          ) : null}
          {article.sourceCredit ? <span>{interpolate(t.article.source, { source: article.sourceCredit })}</span> : null}
        </div>
      </header>
      <div className="mt-8">
        <RichText html={storedHtml(article.bodyHtml)} />
      </div>
    </article>
  )
}
