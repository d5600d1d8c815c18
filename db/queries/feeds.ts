import 'server-only'
import { and, asc, count, desc, eq, gte } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { tags as cacheTags } from '@/lib/cache-tags'
import { db } from '../index'
import { articles, categories, type Language, media, users } from '../schema'
import { publishedOnly } from './public-cards'

export const SITEMAP_CHUNK = 10_000

/** The newest published articles of a language (and optionally one section) for RSS. Index: articles_status_published_idx. */
export async function listFeedArticles(language: Language, categorySlug: string | null, limit = 30) {
  'use cache'
  cacheLife('hours')
  cacheTag(cacheTags.articles, ...(categorySlug ? [cacheTags.category(categorySlug)] : []))
  return db
    .select({
      slug: articles.slug,
      language: articles.language,
      title: articles.title,
      excerpt: articles.excerpt,
      publishedAt: articles.publishedAt,
      contentUpdatedAt: articles.contentUpdatedAt,
      categorySlug: categories.slug,
      categoryName: categories.name,
      authorName: users.name,
      imageKey: media.storageKey,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(publishedOnly(eq(articles.language, language), categorySlug ? eq(categories.slug, categorySlug) : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
}

export async function countPublished() {
  'use cache'
  cacheLife('hours')
  cacheTag(cacheTags.articles)
  const [row] = await db.select({ n: count() }).from(articles).where(publishedOnly())
  return row?.n ?? 0
}

/** One chunk of every published article, oldest first so chunks stay stable as new articles arrive. */
export async function listSitemapArticles(chunk: number) {
  'use cache'
  cacheLife('hours')
  cacheTag(cacheTags.articles)
  return db
    .select({
      slug: articles.slug,
      language: articles.language,
      categorySlug: categories.slug,
      translationGroupId: articles.translationGroupId,
      publishedAt: articles.publishedAt,
      contentUpdatedAt: articles.contentUpdatedAt,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(publishedOnly())
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .limit(SITEMAP_CHUNK)
    .offset((chunk - 1) * SITEMAP_CHUNK)
}

/** Articles published since `since` for the Google News sitemap (Google reads the last 48 hours). */
export async function listPublishedSince(since: Date) {
  'use cache'
  cacheLife('minutes')
  cacheTag(cacheTags.articles)
  return db
    .select({ slug: articles.slug, language: articles.language, title: articles.title, publishedAt: articles.publishedAt, categorySlug: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(publishedOnly(gte(articles.publishedAt, since))))
    .orderBy(desc(articles.publishedAt))
    .limit(1000)
}
