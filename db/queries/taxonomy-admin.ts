import 'server-only'
// Sections and tags. Renaming a slug keeps the old URLs working: each old address gets a redirects row.
import { and, asc, count, eq, ne, sql } from 'drizzle-orm'
import { tags as cacheTags } from '@/lib/cache-tags'
import { UserError } from '@/lib/errors'
import { LANGUAGES, type LocalizedText } from '@/db/schema'
import { normalizeRedirectPath, paths, RESERVED_SLUGS } from '@/lib/paths'
import type { Viewer } from '@/lib/permissions'
import { db, type Db } from '../index'
import { articleTags, articles, categories, redirects, tags } from '../schema'
import { recordAudit } from './audit'

type Executor = Pick<Db, 'insert' | 'update' | 'delete' | 'select'>

async function addRedirect(tx: Executor, from: string, to: string) {
  const fromPath = normalizeRedirectPath(from)
  await tx.update(redirects).set({ toPath: to }).where(eq(redirects.toPath, from)) // no chains
  await tx.delete(redirects).where(eq(redirects.fromPath, normalizeRedirectPath(to))) // the new address is live
  await tx.insert(redirects).values({ fromPath, toPath: to }).onConflictDoUpdate({ target: redirects.fromPath, set: { toPath: to } })
}

export async function listCategoriesAdmin() {
  return db
    .select({ id: categories.id, slug: categories.slug, name: categories.name, position: categories.position, articleCount: count(articles.id) })
    .from(categories)
    .leftJoin(articles, eq(articles.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.position), asc(categories.slug))
}

export async function listTagsAdmin() {
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, articleCount: count(articleTags.articleId) })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .groupBy(tags.id)
    .orderBy(asc(sql`${tags.name}->>'fr'`), asc(tags.slug))
}

function checkCategorySlug(slug: string) {
  if (RESERVED_SLUGS.includes(slug)) throw new UserError('newsroom.taxonomy.errors.reserved', { slug }, 'slug')
}

export async function createCategory(viewer: Viewer, input: { slug: string; name: LocalizedText; position: number }) {
  checkCategorySlug(input.slug)
  const [clash] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, input.slug))
  if (clash) throw new UserError('newsroom.taxonomy.errors.slugTaken', { slug: input.slug }, 'slug')
  await db.insert(categories).values(input)
  await recordAudit({ actorId: viewer.id, action: 'category.create', targetType: 'category', details: { slug: input.slug } })
  return [cacheTags.categories]
}

/** Renames a section; with a new slug, its pages and its published articles' old URLs redirect to the new ones. */
export async function updateCategory(viewer: Viewer, id: string, input: { slug: string; name: LocalizedText; position: number }) {
  checkCategorySlug(input.slug)
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.id, id))
    if (!before) throw new UserError('newsroom.taxonomy.errors.notFound')
    const [clash] = await tx.select({ id: categories.id }).from(categories).where(and(eq(categories.slug, input.slug), ne(categories.id, id)))
    if (clash) throw new UserError('newsroom.taxonomy.errors.slugTaken', { slug: input.slug }, 'slug')
    await tx.update(categories).set(input).where(eq(categories.id, id))
    const revalidate = [cacheTags.categories, cacheTags.category(before.slug), cacheTags.category(input.slug)]
    if (before.slug !== input.slug) {
      for (const language of LANGUAGES) await addRedirect(tx, paths.category(language, before.slug), paths.category(language, input.slug))
      const published = await tx
        .select({ slug: articles.slug, language: articles.language })
        .from(articles)
        .where(and(eq(articles.categoryId, id), eq(articles.status, 'published')))
      for (const article of published) {
        await addRedirect(tx, paths.article({ ...article, categorySlug: before.slug }), paths.article({ ...article, categorySlug: input.slug }))
        revalidate.push(cacheTags.slug(article.slug))
      }
      revalidate.push(cacheTags.redirects, cacheTags.articles)
      await recordAudit({ actorId: viewer.id, action: 'category.rename', targetType: 'category', targetId: id, details: { from: before.slug, to: input.slug } }, tx)
    }
    return revalidate
  })
}

export async function deleteCategory(viewer: Viewer, id: string) {
  const [used] = await db.select({ n: count() }).from(articles).where(eq(articles.categoryId, id))
  if (used && used.n > 0) throw new UserError('newsroom.taxonomy.errors.categoryInUse', { count: used.n })
  const [row] = await db.delete(categories).where(eq(categories.id, id)).returning({ slug: categories.slug })
  if (!row) throw new UserError('newsroom.taxonomy.errors.notFound')
  await recordAudit({ actorId: viewer.id, action: 'category.delete', targetType: 'category', targetId: id, details: { slug: row.slug } })
  return [cacheTags.categories, cacheTags.category(row.slug)]
}

export async function createTag(input: { slug: string; name: LocalizedText }) {
  const [row] = await db.insert(tags).values(input).onConflictDoNothing({ target: tags.slug }).returning({ id: tags.id })
  if (!row) throw new UserError('newsroom.taxonomy.errors.slugTaken', { slug: input.slug }, 'slug')
  return [cacheTags.tag(input.slug)]
}

/** Renames a tag; a new slug redirects the old tag pages in every language. */
export async function updateTag(viewer: Viewer, id: string, input: { slug: string; name: LocalizedText }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ slug: tags.slug }).from(tags).where(eq(tags.id, id))
    if (!before) throw new UserError('newsroom.taxonomy.errors.notFound')
    const [clash] = await tx.select({ id: tags.id }).from(tags).where(and(eq(tags.slug, input.slug), ne(tags.id, id)))
    if (clash) throw new UserError('newsroom.taxonomy.errors.slugTaken', { slug: input.slug }, 'slug')
    await tx.update(tags).set(input).where(eq(tags.id, id))
    const revalidate = [cacheTags.tag(before.slug), cacheTags.tag(input.slug), cacheTags.articles]
    if (before.slug !== input.slug) {
      for (const language of LANGUAGES) await addRedirect(tx, paths.tag(language, before.slug), paths.tag(language, input.slug))
      revalidate.push(cacheTags.redirects)
      await recordAudit({ actorId: viewer.id, action: 'tag.rename', targetType: 'tag', targetId: id, details: { from: before.slug, to: input.slug } }, tx)
    }
    return revalidate
  })
}

export async function deleteTag(viewer: Viewer, id: string) {
  const [row] = await db.delete(tags).where(eq(tags.id, id)).returning({ slug: tags.slug })
  if (!row) throw new UserError('newsroom.taxonomy.errors.notFound')
  await recordAudit({ actorId: viewer.id, action: 'tag.delete', targetType: 'tag', targetId: id, details: { slug: row.slug } })
  return [cacheTags.tag(row.slug), cacheTags.articles]
}
