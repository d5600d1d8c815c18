import 'server-only'
import { count, desc, eq, inArray } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { tags as cacheTags } from '@/lib/cache-tags'
import { PAGE_SIZE } from '@/lib/pagination'
import { db } from '../index'
import { articles, articleTags, categories, type Language, media, users } from '../schema'
import { publicCardColumns, publishedOnly } from './public-cards'

export type PublicCard = Awaited<ReturnType<typeof selectCards>>[number]
export type CardPage = { items: PublicCard[]; total: number; page: number; pageSize: number }

function selectCards() {
  return db
    .select(publicCardColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
}

async function pageOf(where: ReturnType<typeof publishedOnly>, page: number, pageSize: number): Promise<CardPage> {
  const [items, [totals]] = await Promise.all([
    selectCards()
      .where(where)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(articles).where(where),
  ])
  return { items, total: totals?.n ?? 0, page, pageSize }
}

/** Newest published cards in one language, with images: the home page. Index: articles_status_published_idx. */
export async function listLatestCards(language: Language, limit: number) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articles)
  return selectCards()
    .where(publishedOnly(eq(articles.language, language)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
}

/** A page of a section, in one language. Index: articles_category_published_idx. */
export async function listPublishedInCategory(categoryId: string, categorySlug: string, language: Language, page: number, pageSize = PAGE_SIZE) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articles, cacheTags.category(categorySlug))
  return pageOf(publishedOnly(eq(articles.categoryId, categoryId), eq(articles.language, language)), page, pageSize)
}

/** A page of a tag, in one language. Index: article_tags_tag_idx. */
export async function listPublishedWithTag(tagId: string, tagSlug: string, language: Language, page: number, pageSize = PAGE_SIZE) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articles, cacheTags.tag(tagSlug))
  const tagged = db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId))
  return pageOf(publishedOnly(inArray(articles.id, tagged), eq(articles.language, language)), page, pageSize)
}

/**
 * A page of an author's published work in one language, as section and tag pages: /ar/auteur/<slug> lists their
 * Arabic articles only (French ones, laid out right to left, were unreadable there). Index: articles_author_published_idx.
 */
export async function listPublishedByAuthor(authorId: string, authorSlug: string, language: Language, page: number, pageSize = PAGE_SIZE) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articles, cacheTags.author(authorSlug))
  return pageOf(publishedOnly(eq(articles.authorId, authorId), eq(articles.language, language)), page, pageSize)
}
