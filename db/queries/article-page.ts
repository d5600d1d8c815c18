import 'server-only'
import { and, asc, desc, eq, gt, lt, ne, or } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { tags as cacheTags } from '@/lib/cache-tags'
import { db } from '../index'
import { articles, articleTags, categories, type Language, tags } from '../schema'
import { publishedOnly } from './public-cards'

/** The tags shown under an article. Index: article_tags primary key. */
export async function listTagsOfArticle(articleId: string) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.article(articleId))
  return db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
}

/** The published translations of an article (same translation group, other languages). Index: articles_translation_idx. */
export async function listPublishedTranslations(translationGroupId: string | null, articleId: string) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articles)
  if (!translationGroupId) return []
  return db
    .select({ language: articles.language, slug: articles.slug, title: articles.title, categorySlug: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(publishedOnly(eq(articles.translationGroupId, translationGroupId), ne(articles.id, articleId)))
    .orderBy(asc(articles.language))
}

type Position = { id: string; categorySlug: string; language: Language; publishedAt: Date }

/**
 * The published articles just before and just after this one in its section and language, for "previous / next"
 * links. Ties on the publication time are broken by id, like every list. Index: articles_category_published_idx.
 */
export async function getNeighboursInCategory(position: Position) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articles)
  const { id, categorySlug, language, publishedAt } = position
  const sameShelf = [eq(categories.slug, categorySlug), eq(articles.language, language)]
  const columns = { slug: articles.slug, title: articles.title, language: articles.language, categorySlug: categories.slug }
  const base = () => db.select(columns).from(articles).innerJoin(categories, eq(categories.id, articles.categoryId))
  const [[previous], [next]] = await Promise.all([
    base()
      .where(publishedOnly(...sameShelf, or(lt(articles.publishedAt, publishedAt), and(eq(articles.publishedAt, publishedAt), lt(articles.id, id)))))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(1),
    base()
      .where(publishedOnly(...sameShelf, or(gt(articles.publishedAt, publishedAt), and(eq(articles.publishedAt, publishedAt), gt(articles.id, id)))))
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .limit(1),
  ])
  return { previous: previous ?? null, next: next ?? null }
}
