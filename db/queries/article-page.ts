import 'server-only'
import { and, asc, desc, eq, gt, lt, ne, or, sql } from 'drizzle-orm'
import { unionAll } from 'drizzle-orm/pg-core'
import { cacheLife, cacheTag } from 'next/cache'
import { tags as cacheTags } from '@/lib/cache-tags'
import { db } from '../index'
import { articles, categories, type Language } from '../schema'
import { publishedOnly } from './public-cards'

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
  // One round trip: both neighbours in a UNION ALL, each side its own index range scan with LIMIT 1.
  const side = (which: 'previous' | 'next') => ({
    side: sql<'previous' | 'next'>`${which}::text`.as('side'),
    slug: articles.slug,
    title: articles.title,
    language: articles.language,
    categorySlug: categories.slug,
  })
  const base = (which: 'previous' | 'next') => db.select(side(which)).from(articles).innerJoin(categories, eq(categories.id, articles.categoryId))
  const rows = await unionAll(
    base('previous')
      .where(publishedOnly(...sameShelf, or(lt(articles.publishedAt, publishedAt), and(eq(articles.publishedAt, publishedAt), lt(articles.id, id)))))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(1),
    base('next')
      .where(publishedOnly(...sameShelf, or(gt(articles.publishedAt, publishedAt), and(eq(articles.publishedAt, publishedAt), gt(articles.id, id)))))
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .limit(1),
  )
  const pick = (which: 'previous' | 'next') => {
    const row = rows.find((r) => r.side === which)
    return row ? { slug: row.slug, title: row.title, language: row.language, categorySlug: row.categorySlug } : null
  }
  return { previous: pick('previous'), next: pick('next') }
}
