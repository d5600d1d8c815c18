import 'server-only'
import { and, type SQL, sql } from 'drizzle-orm'
import { articles, categories, media, users } from '../schema'

/**
 * The opening of the body, only for articles without a stored excerpt, so a card can still show a few lines
 * (lib/excerpt.ts cardExcerpt) without every list reading whole bodies.
 */
export const bodyLeadColumn = sql<string | null>`case when btrim(${articles.excerpt}) = '' then left(${articles.bodyHtml}, 3000) end`

// What a card in a public list shows, nothing private. Every public read starts from `publishedOnly`, so a
// draft, scheduled, archived or trashed article can never reach a reader through a list, feed or search.
export const publicCardColumns = {
  id: articles.id,
  slug: articles.slug,
  language: articles.language,
  title: articles.title,
  excerpt: articles.excerpt,
  bodyLead: bodyLeadColumn,
  publishedAt: articles.publishedAt,
  sourceCredit: articles.sourceCredit,
  categorySlug: categories.slug,
  categoryName: categories.name,
  authorName: users.name,
  authorSlug: users.slug,
  imageKey: media.storageKey,
  imageAlt: media.alt,
}

// A literal, not a bound parameter: the search index is partial (WHERE status = 'published'), and a prepared
// statement's generic plan with `status = $1` can never use a partial index (postgres.js prepares statements).
const isPublished = sql`${articles.status} = 'published'`

export function publishedOnly(...conditions: (SQL | undefined)[]): SQL {
  // `and` of at least one defined condition is never undefined
  return and(isPublished, ...conditions) as SQL
}
