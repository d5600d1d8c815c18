import 'server-only'
import { and, asc, eq, exists } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { tags as cacheTags } from '@/lib/cache-tags'
import { db } from '../index'
import { publishedOnly } from './public-cards'
import { articles, articleTags, categories, media, tags, users } from '../schema'

/** A section for its public page; null when no section has this slug. */
export async function getCategoryBySlug(slug: string) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.categories, cacheTags.category(slug))
  const [row] = await db
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .where(eq(categories.slug, slug))
    .limit(1)
  return row ?? null
}

/** A tag for its public page; null when unknown. */
export async function getTagBySlug(slug: string) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.tag(slug))
  const [row] = await db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).limit(1)
  return row ?? null
}

const hasPublished = (authorId: typeof users.id) =>
  exists(db.select({ one: articles.id }).from(articles).where(publishedOnly(eq(articles.authorId, authorId))))

/**
 * An author's public profile: only people with at least one published article have one, so the staff list
 * (moderators, newcomers) cannot be read off the site. Never returns the email or role.
 */
export async function getPublicAuthorBySlug(slug: string) {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articles, cacheTags.author(slug))
  const [row] = await db
    .select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio, avatarKey: media.storageKey, avatarAlt: media.alt })
    .from(users)
    .leftJoin(media, eq(media.id, users.avatarMediaId))
    .where(and(eq(users.slug, slug), hasPublished(users.id)))
    .limit(1)
  return row ?? null
}

/** Every tag used by a published article (tag pages to prerender, sitemap). */
export async function listPublicTags() {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articles)
  const used = db
    .select({ one: articleTags.tagId })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(publishedOnly(eq(articleTags.tagId, tags.id)))
  return db.select({ slug: tags.slug, name: tags.name }).from(tags).where(exists(used)).orderBy(asc(tags.slug))
}

/** Everyone with a public author page (prerendering, sitemap). */
export async function listPublicAuthors() {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articles)
  return db.select({ slug: users.slug, name: users.name }).from(users).where(hasPublished(users.id)).orderBy(asc(users.slug))
}
