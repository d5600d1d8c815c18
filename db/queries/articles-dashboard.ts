import 'server-only'
// Newsroom reads: never cached (they depend on who asks and must show the latest state).
import { and, asc, count, desc, eq, exists, ilike, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm'
import type { Viewer } from '@/lib/permissions'
import { can } from '@/lib/permissions'
import { db } from '../index'
import { ARTICLE_STATUSES, articleTags, articles, categories, type Language, media, tags, users } from '../schema'
import { newestPublishedFirst } from './articles-admin'
import { TRASH_RETENTION_DAYS } from './articles-workflow'
import { countPendingComments } from './moderation'

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]

/** Everything the editor shows for one article; null when it does not exist or is in the trash. */
export async function getArticleForEdit(id: string) {
  const [row] = await db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      excerpt: articles.excerpt,
      bodyHtml: articles.bodyHtml,
      categoryId: articles.categoryId,
      categorySlug: categories.slug,
      language: articles.language,
      status: articles.status,
      version: articles.version,
      authorId: articles.authorId,
      sourceCredit: articles.sourceCredit,
      featuredMediaId: articles.featuredMediaId,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      commentsOpen: articles.commentsOpen,
      scheduledAt: articles.scheduledAt,
      publishedAt: articles.publishedAt,
      translationGroupId: articles.translationGroupId,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.id, id), isNull(articles.deletedAt)))
    .limit(1)
  if (!row) return null
  // In the article's language (French when not translated): what its author typed, and what a save matches again.
  const tagName = sql<string>`coalesce(nullif(${tags.name}->>${row.language}::text, ''), ${tags.name}->>'fr')`
  const tagRows = await db
    .select({ name: tagName })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tagName))
  const translationOf = row.translationGroupId
    ? ((
        await db
          .select({ slug: articles.slug })
          .from(articles)
          .where(and(eq(articles.translationGroupId, row.translationGroupId), ne(articles.id, id), isNull(articles.deletedAt)))
          .orderBy(asc(articles.createdAt))
          .limit(1)
      )[0]?.slug ?? '')
    : ''
  return { ...row, tagNames: tagRows.map((t) => t.name), translationOf }
}
export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>

/** Whose article this is, for a refusal answered before its screen renders (lib/dashboard-status.ts); null like above. */
export async function findArticleAuthor(id: string): Promise<{ authorId: string } | null> {
  const [row] = await db
    .select({ authorId: articles.authorId })
    .from(articles)
    .where(and(eq(articles.id, id), isNull(articles.deletedAt)))
    .limit(1)
  return row ?? null
}

/**
 * People an editor may credit as author: active staff who write, plus whoever `include` names (the article's
 * current author, the author the list is filtered by), so a select never silently shows someone else. With
 * `withArticles`, also everyone who signed an article (imported authors who never sign in are inactive).
 */
export async function listAuthors(options: { include?: (string | null | undefined)[]; withArticles?: boolean } = {}) {
  const include = (options.include ?? []).filter((id): id is string => !!id)
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      or(
        and(eq(users.active, true), ne(users.role, 'moderator')),
        include.length ? inArray(users.id, include) : undefined,
        options.withArticles ? exists(db.select({ one: sql`1` }).from(articles).where(eq(articles.authorId, users.id))) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
}

export async function listCategoryOptions() {
  return db.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(categories).orderBy(asc(categories.position), asc(categories.slug))
}

/** The newest images for a select, plus the one already chosen (`include`) however old it is. */
export async function listImageOptions(options: { include?: string | null; limit?: number } = {}) {
  const columns = { id: media.id, name: media.originalName, alt: media.alt }
  const newest = await db.select(columns).from(media).orderBy(desc(media.createdAt)).limit(options.limit ?? 200)
  if (!options.include || newest.some((row) => row.id === options.include)) return newest
  const current = await db.select(columns).from(media).where(eq(media.id, options.include)).limit(1)
  return [...current, ...newest]
}

export type ArticleFilters = {
  status?: ArticleStatus
  authorId?: string
  categoryId?: string
  language?: Language
  q?: string
  sort?: 'updated' | 'published' | 'title'
  page?: number
  trash?: boolean
}

export const PAGE_SIZE = 25

/** The article list: journalists see their own work only; editors see everyone's. */
export async function listArticlesForDashboard(viewer: Viewer, filters: ArticleFilters) {
  const cutoff = new Date(Date.now() - TRASH_RETENTION_DAYS * 86_400_000)
  const where: (SQL | undefined)[] = [
    filters.trash ? and(isNotNull(articles.deletedAt), sql`${articles.deletedAt} > ${cutoff.toISOString()}::timestamptz`) : isNull(articles.deletedAt),
    can(viewer, 'article.editAny') ? undefined : eq(articles.authorId, viewer.id),
    filters.status ? eq(articles.status, filters.status) : undefined,
    filters.authorId ? eq(articles.authorId, filters.authorId) : undefined,
    filters.categoryId ? eq(articles.categoryId, filters.categoryId) : undefined,
    filters.language ? eq(articles.language, filters.language) : undefined,
    filters.q ? ilike(articles.title, `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  ]
  const order =
    filters.sort === 'title'
      ? [asc(articles.title)]
      : filters.sort === 'published'
        ? [newestPublishedFirst, desc(articles.updatedAt)]
        : [desc(articles.updatedAt)]
  const page = Math.max(1, filters.page ?? 1)
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: articles.id,
        title: articles.title,
        status: articles.status,
        language: articles.language,
        updatedAt: articles.updatedAt,
        publishedAt: articles.publishedAt,
        scheduledAt: articles.scheduledAt,
        deletedAt: articles.deletedAt,
        authorName: users.name,
        categoryName: categories.name,
      })
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .where(and(...where))
      .orderBy(...order, asc(articles.id))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(articles).where(and(...where)),
  ])
  return { rows, total: total?.n ?? 0, page, pages: Math.max(1, Math.ceil((total?.n ?? 0) / PAGE_SIZE)) }
}

const homeColumns = {
  id: articles.id,
  title: articles.title,
  status: articles.status,
  updatedAt: articles.updatedAt,
  scheduledAt: articles.scheduledAt,
  publishedAt: articles.publishedAt,
  authorName: users.name,
}

function homeList(where: SQL | undefined, order: SQL[], limit = 8) {
  return db
    .select(homeColumns)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(and(isNull(articles.deletedAt), where))
    .orderBy(...order)
    .limit(limit)
}

/**
 * The dashboard home, per role: what this person should look at first. Index-ordered lists and a capped count of
 * pending comments: an admin's home on 100,000 articles and 1,000,000 comments (PGlite) went from 300 to 100 ms.
 */
export async function getDashboardHome(viewer: Viewer) {
  const editor = can(viewer, 'article.editAny')
  const writer = can(viewer, 'article.create')
  const [myDrafts, inReview, scheduled, recent, missed] = await Promise.all([
    writer ? homeList(and(eq(articles.authorId, viewer.id), eq(articles.status, 'draft')), [desc(articles.updatedAt)]) : [],
    writer ? homeList(and(eq(articles.status, 'in_review'), editor ? undefined : eq(articles.authorId, viewer.id)), [asc(articles.updatedAt)]) : [],
    writer ? homeList(and(eq(articles.status, 'scheduled'), editor ? undefined : eq(articles.authorId, viewer.id)), [asc(articles.scheduledAt)]) : [],
    writer ? homeList(and(eq(articles.status, 'published'), editor ? undefined : eq(articles.authorId, viewer.id)), [newestPublishedFirst]) : [],
    editor ? homeList(and(eq(articles.status, 'published'), eq(articles.missedSchedule, true)), [newestPublishedFirst], 5) : [],
  ])
  const pendingComments = can(viewer, 'comment.moderate') ? await countPendingComments() : null // capped at COUNT_CAP
  return { myDrafts, inReview, scheduled, recent, missed, pendingComments }
}
