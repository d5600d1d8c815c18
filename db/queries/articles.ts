import 'server-only'
import { desc, eq, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { articleTags, tags } from '@/lib/cache-tags'
import { db } from '../index'
import { articles, articleTags as articleTagLinks, categories, type Language, type LocalizedText, media, tags as tagTable, users } from '../schema'
import { publicCardColumns, publishedOnly } from './public-cards'

// The public card without its image: the rail and the home lists show none, so they skip the media join.
const { imageKey: _imageKey, imageAlt: _imageAlt, ...cardColumns } = publicCardColumns

export type ArticleCard = Awaited<ReturnType<typeof listRecentPublished>>[number]

/** Newest published articles, in one language or all. Index: articles_status_published_idx. */
export async function listRecentPublished(limit: number, language?: Language) {
  'use cache'
  cacheLife('max')
  cacheTag(tags.articles)
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(publishedOnly(language ? eq(articles.language, language) : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
}

// The article's tags in the same round trip as the article (an uncached article page makes few queries), in the
// alphabetical order of their names in the article's language.
const tagList = sql<{ slug: string; name: LocalizedText }[]>`coalesce((
  select json_agg(json_build_object('slug', ${tagTable.slug}, 'name', ${tagTable.name}) order by coalesce(${tagTable.name}->>(${articles.language}::text), ${tagTable.name}->>'fr'), ${tagTable.slug})
  from ${articleTagLinks} join ${tagTable} on ${tagTable.id} = ${articleTagLinks.tagId}
  where ${articleTagLinks.articleId} = ${articles.id}), '[]'::json)`

/** One published article for its public page, with its tags; null for drafts, scheduled, archived or trashed ones. */
export async function getPublishedArticleBySlug(slug: string) {
  'use cache'
  cacheLife('max')
  cacheTag(tags.slug(slug))
  const [row] = await db
    .select({
      ...cardColumns,
      bodyHtml: articles.bodyHtml,
      contentUpdatedAt: articles.contentUpdatedAt,
      commentsOpen: articles.commentsOpen,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      translationGroupId: articles.translationGroupId,
      imageKey: media.storageKey,
      imageAlt: media.alt,
      imageCaption: media.caption,
      tags: tagList,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(publishedOnly(eq(articles.slug, slug)))
    .limit(1)
  if (!row) return null
  // A renamed or deleted tag revalidates its tag:<slug>, which reaches every article showing it.
  cacheTag(...articleTags(row), ...row.tags.map((tag) => tags.tag(tag.slug)))
  return row
}

/** The most-read candidates to prerender at build: the latest few in each language. Others render on first visit. */
export async function listArticleParamsToPrerender(language: Language, limit = 20) {
  return db
    .select({ category: categories.slug, slug: articles.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(publishedOnly(eq(articles.language, language)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
}
