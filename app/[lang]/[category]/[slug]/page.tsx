import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { ArticleNeighbours } from '@/components/site/article-neighbours'
import { CommentsSection } from '@/components/site/comments/comments-section'
import { FeaturedImage } from '@/components/site/featured-image'
import { JsonLd } from '@/components/site/json-ld'
import { RecentPostsRail } from '@/components/site/recent-posts-rail'
import { RichText } from '@/components/site/rich-text'
import { getNeighboursInCategory, listPublishedTranslations } from '@/db/queries/article-page'
import { getPublishedArticleBySlug, listArticleParamsToPrerender } from '@/db/queries/articles'
import { articleExcerpt } from '@/lib/excerpt'
import { storedHtml } from '@/lib/html'
import { isLocale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatDate } from '@/lib/i18n/format'
import { localized } from '@/lib/i18n/localized'
import { mediaUrl } from '@/lib/media-url'
import { paths } from '@/lib/paths'
import { languageAlternates, ogAlternateLocales, ogLocale, PUBLISHER_LOGO } from '@/lib/seo/alternates'
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld'
import { absoluteUrl } from '@/lib/seo/urls'

// Prerendered articles answer from the build; others render on their first visit and are then cached. Unknown
// slugs get their HTTP 404 from proxy.ts (a streamed page can no longer change its status; see NOTES).
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
  const { tags } = article
  const translations = await listPublishedTranslations(article.translationGroupId, article.id)
  const url = paths.article(article)
  const title = article.seoTitle || article.title
  const description = article.seoDescription || articleExcerpt(article, 160)
  const image = article.imageKey ? [{ url: mediaUrl(article.imageKey), alt: article.imageAlt ?? '' }] : undefined
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: languageAlternates(Object.fromEntries([[article.language, url], ...translations.map((tr) => [tr.language, paths.article(tr)])])),
    },
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      locale: ogLocale(article.language),
      alternateLocale: ogAlternateLocales(article.language, [article.language, ...translations.map((tr) => tr.language)]),
      siteName: getDictionary(article.language).common.siteName,
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: (article.contentUpdatedAt ?? article.publishedAt)?.toISOString(),
      authors: [absoluteUrl(paths.author(article.language, article.authorSlug))],
      section: localized(article.categoryName, article.language),
      tags: tags.map((tag) => localized(tag.name, article.language)),
      images: image,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, images: image?.map((i) => i.url) },
  }
}

export default async function ArticlePage({ params }: PageProps<'/[lang]/[category]/[slug]'>) {
  const article = await load(params)
  const locale = article.language
  const t = getDictionary(locale)
  const { tags } = article
  const [translations, neighbours] = await Promise.all([
    listPublishedTranslations(article.translationGroupId, article.id),
    article.publishedAt ? getNeighboursInCategory({ ...article, publishedAt: article.publishedAt }) : { previous: null, next: null },
  ])
  const section = localized(article.categoryName, locale)
  const url = absoluteUrl(paths.article(article))
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <article className="min-w-0">
        <JsonLd
          data={newsArticleJsonLd({
            url,
            headline: article.title,
            description: articleExcerpt(article, 300),
            language: locale,
            publishedAt: article.publishedAt,
            modifiedAt: article.contentUpdatedAt,
            authorName: article.authorName,
            authorUrl: absoluteUrl(paths.author(locale, article.authorSlug)),
            section,
            imageUrl: article.imageKey ? absoluteUrl(mediaUrl(article.imageKey)) : null,
            publisherName: t.common.siteName,
            publisherLogo: { ...PUBLISHER_LOGO, url: absoluteUrl(PUBLISHER_LOGO.path) },
            siteUrl: absoluteUrl(paths.home(locale)),
            keywords: tags.map((tag) => localized(tag.name, locale)),
          })}
        />
        <JsonLd
          data={breadcrumbJsonLd([
            { name: t.common.home, url: absoluteUrl(paths.home(locale)) },
            { name: section, url: absoluteUrl(paths.category(locale, article.categorySlug)) },
            { name: article.title, url },
          ])}
        />
        <header>
          <Link href={paths.category(locale, article.categorySlug)} className="text-sm font-bold uppercase tracking-wider text-accent">
            {section}
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
          {translations.length ? (
            <ul aria-label={t.site.translations} className="mt-3 flex flex-wrap gap-4 text-sm">
              {translations.map((translation) => (
                <li key={translation.language}>
                  <Link href={paths.article(translation)} hrefLang={translation.language} lang={translation.language} className="font-semibold underline">
                    {getDictionary(translation.language).site.readInThisLanguage}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {article.imageKey ? <FeaturedImage storageKey={article.imageKey} alt={article.imageAlt ?? ''} caption={article.imageCaption} /> : null}
        </header>
        <div className="mt-8">
          <RichText html={storedHtml(article.bodyHtml)} />
        </div>
        {tags.length ? (
          <nav aria-label={t.site.tags} className="mt-8 flex flex-wrap items-center gap-2 text-sm">
            <span className="font-bold">{t.site.tags}</span>
            <ul className="flex flex-wrap gap-2">
              {tags.map((tag) => (
                <li key={tag.slug}>
                  <Link href={paths.tag(locale, tag.slug)} rel="tag" className="inline-block rounded-full border border-line bg-white px-3 py-1 hover:border-ink">
                    {localized(tag.name, locale)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <ArticleNeighbours previous={neighbours.previous} next={neighbours.next} locale={locale} />
        <CommentsSection
          articleId={article.id}
          articlePath={paths.article(article)}
          locale={locale}
          commentsOpen={article.commentsOpen}
          publishedAt={article.publishedAt}
        />
      </article>
      <RecentPostsRail locale={locale} excludeId={article.id} className="lg:border-s lg:border-line lg:ps-6" />
    </div>
  )
}
