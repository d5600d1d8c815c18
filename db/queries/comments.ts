import 'server-only'
import { and, asc, count, eq, gt, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { tags } from '@/lib/cache-tags'
import { normalizeForDuplicate } from '@/lib/comments/rules'
import { outsideRequest } from '@/lib/outside-request'
import { type CommentSettings, parseCommentSettings, SETTINGS_KEY } from '@/lib/comments/settings'
import { db, preparedStatement } from '../index'
import { articles, categories, commenterBans, commentReports, comments, settings } from '../schema'

const banColumns = {
  id: commenterBans.id,
  email: commenterBans.email,
  ip: commenterBans.ip,
  reason: commenterBans.reason,
  shadow: commenterBans.shadow,
  expiresAt: commenterBans.expiresAt,
}

export type PublicComment = Awaited<ReturnType<typeof listApprovedComments>>[number]

/** What readers see: approved, not shadow-banned, oldest first. Never the email or the IP. Index: comments_article_status_idx. */
export async function listApprovedComments(articleId: string) {
  'use cache'
  cacheLife('max')
  cacheTag(tags.comments(articleId))
  return db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorName: comments.authorName,
      authorUrl: comments.authorUrl,
      staff: sql<boolean>`${comments.userId} is not null`,
      body: comments.body,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved'), eq(comments.shadow, false)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
}

/**
 * The reader's own comments that others do not see (held for moderation, or shadow-banned), found by the ids this
 * browser posted (kept in an httpOnly cookie). Ids of held comments are never shown to anyone else.
 */
export async function listOwnHiddenComments(articleId: string, ids: string[]) {
  if (!ids.length) return []
  return db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorName: comments.authorName,
      authorUrl: comments.authorUrl,
      body: comments.body,
      createdAt: comments.createdAt,
      status: comments.status,
      shadow: comments.shadow,
    })
    .from(comments)
    .where(
      and(
        eq(comments.articleId, articleId),
        inArray(comments.id, ids),
        or(eq(comments.status, 'pending'), and(eq(comments.status, 'spam'), eq(comments.shadow, true)), and(eq(comments.status, 'approved'), eq(comments.shadow, true))),
      ),
    )
    .orderBy(asc(comments.createdAt))
}

/**
 * The article a comment is posted to: published and not trashed, with what the closing rule needs. Cached (every
 * post to a busy article asked it again); any change to the article, or to section slugs, expires it.
 */
export async function getArticleForComments(articleId: string) {
  'use cache'
  cacheLife('max')
  cacheTag(tags.article(articleId), tags.categories)
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      language: articles.language,
      categorySlug: categories.slug,
      commentsOpen: articles.commentsOpen,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.id, articleId), eq(articles.status, 'published'), isNull(articles.deletedAt)))
    .limit(1)
  return row ?? null
}

/** A reply's parent must be a published comment of the same article. */
/**
 * One comment of an article as its page needs it per request: who wrote it and whether it is up. Read live (not
 * cached): it answers "reply to this" and "your comment is published" links, right after a post.
 */
export async function findCommentOfArticle(commentId: string, articleId: string) {
  const [row] = await db
    .select({ id: comments.id, authorName: comments.authorName, status: comments.status, shadow: comments.shadow })
    .from(comments)
    .where(and(eq(comments.id, commentId), eq(comments.articleId, articleId)))
    .limit(1)
  return row ?? null
}

export async function isVisibleParent(parentId: string, articleId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.id, parentId), eq(comments.articleId, articleId), eq(comments.status, 'approved'), eq(comments.shadow, false)))
    .limit(1)
  return !!row
}

export async function findCommentByIdempotencyKey(key: string) {
  const [row] = await db
    .select({ id: comments.id, articleId: comments.articleId, status: comments.status, shadow: comments.shadow })
    .from(comments)
    .where(eq(comments.idempotencyKey, key))
    .limit(1)
  return row ?? null
}

export type CandidateBan = { id: string; email: string | null; ip: string | null; reason: string; shadow: boolean; expiresAt: Date | null }

/**
 * What the comment rules need to know about a post from the database, in one round trip (a post is three look-ups
 * besides its insert, and on PGlite every statement runs on the server's own thread):
 * - hasApprovedBefore: an approved comment under this email skips the first-time hold (index comments_email_idx);
 * - duplicate: the same words already on this article, trash excepted: a moderator threw that one away (index
 *   comments_article_body_digest_idx, whose expression the condition repeats);
 * - bans that may apply: by this email, or any ban by address (ranges are matched in lib/comments/rules).
 * Null when the article does not exist.
 */
export async function getCommentCheckFacts(input: { articleId: string; email: string; body: string; now: Date }) {
  const [row] = await commentCheckFacts().execute({
    articleId: input.articleId,
    email: input.email.toLowerCase(),
    words: normalizeForDuplicate(input.body),
    now: input.now.toISOString(),
  })
  if (!row) return null
  const stored = (typeof row.bans === 'string' ? JSON.parse(row.bans) : row.bans) as {
    id: string
    email: string | null
    ip: string | null
    reason: string
    shadow: boolean
    expires_at: string | null
  }[]
  return {
    hasApprovedBefore: row.hasApprovedBefore,
    duplicate: row.duplicate,
    bans: stored.map(
      (ban): CandidateBan => ({ id: ban.id, email: ban.email, ip: ban.ip, reason: ban.reason, shadow: ban.shadow, expiresAt: ban.expires_at ? new Date(ban.expires_at) : null }),
    ),
  }
}

// Every post runs it: built once (db/index.ts, preparedStatement).
const commentCheckFacts = preparedStatement((db) => {
  const email = sql.placeholder('email')
  const approvedBefore = db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.authorEmail, email), eq(comments.status, 'approved')))
  const sameWords = db
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.articleId, sql.placeholder('articleId')),
        ne(comments.status, 'trash'),
        sql`md5(trim(regexp_replace(lower(${comments.body}), '\\s+', ' ', 'g'))) = md5(${sql.placeholder('words')})`,
      ),
    )
  const bans = db
    .select(banColumns)
    .from(commenterBans)
    .where(
      and(
        or(isNull(commenterBans.expiresAt), gt(commenterBans.expiresAt, sql.placeholder('now'))),
        or(eq(commenterBans.email, email), isNotNull(commenterBans.ip)),
      ),
    )
    .as('bans')
  return db
    .select({
      hasApprovedBefore: sql<boolean>`exists(${approvedBefore})`,
      duplicate: sql<boolean>`exists(${sameWords})`,
      // Columns by their SQL names inside the JSON; both drivers hand json back parsed, or as text.
      bans: sql<unknown>`(select coalesce(json_agg(${sql.identifier('bans')}), '[]'::json) from ${bans})`,
    })
    .from(articles)
    .where(eq(articles.id, sql.placeholder('articleId')))
    .prepare('comment_check_facts')
})

export type NewComment = typeof comments.$inferInsert

type StoredComment = { id: string; articleId: string; status: (typeof comments.$inferSelect)['status']; shadow: boolean; created: boolean }
type QueuedComment = { values: NewComment & { idempotencyKey: string }; resolve: (stored: StoredComment) => void; reject: (error: unknown) => void }

// Group commit: the posts that arrive while an insert is running go in together, in one statement, as soon as it
// ends. A lone post goes in at once, as before; a crowd pays one statement and one commit per batch rather than
// per comment (PGlite runs every statement on the server's own thread: 0.69 ms a row one by one, 0.33 ms a row
// ten at a time). One process's queue, on globalThis: route handlers and actions are separate bundles.
const MAX_BATCH = 50
const queue = ((globalThis as unknown as { kiosqueCommentInserts?: { waiting: QueuedComment[]; running: boolean } }).kiosqueCommentInserts ??= {
  waiting: [],
  running: false,
})

/** Stores a comment once per idempotency key: a second insert with the same key returns the first row. */
export function insertCommentOnce(values: NewComment & { idempotencyKey: string }): Promise<StoredComment> {
  return new Promise((resolve, reject) => {
    queue.waiting.push({ values, resolve, reject })
    // Outside the request that happens to start it: the loop goes on storing other readers' comments.
    if (!queue.running) outsideRequest(() => void insertQueued())
  })
}

async function insertQueued(): Promise<void> {
  queue.running = true
  try {
    while (queue.waiting.length) await insertBatch(queue.waiting.splice(0, MAX_BATCH))
  } finally {
    queue.running = false
  }
}

async function insertBatch(batch: QueuedComment[]): Promise<void> {
  let inserted: (Omit<StoredComment, 'created'> & { idempotencyKey: string | null })[]
  try {
    inserted = await db
      .insert(comments)
      .values(batch.map((item) => item.values))
      .onConflictDoNothing({ target: comments.idempotencyKey })
      .returning({ id: comments.id, articleId: comments.articleId, status: comments.status, shadow: comments.shadow, idempotencyKey: comments.idempotencyKey })
  } catch (error) {
    // One row the database refuses (its parent deleted a moment ago, say) must not refuse the others with it.
    if (batch.length === 1) return batch[0]!.reject(error)
    for (const item of batch) await insertBatch([item])
    return
  }
  const created = new Map(inserted.map(({ idempotencyKey, ...row }) => [idempotencyKey, row]))
  for (const item of batch) {
    const row = created.get(item.values.idempotencyKey)
    if (row) {
      created.delete(item.values.idempotencyKey) // the same key twice in one batch: the second finds the first
      item.resolve({ ...row, created: true })
      continue
    }
    try {
      const existing = await findCommentByIdempotencyKey(item.values.idempotencyKey)
      if (!existing) throw new Error(`Comment insert conflicted on ${item.values.idempotencyKey} but no row has that key`)
      item.resolve({ ...existing, created: false })
    } catch (error) {
      item.reject(error)
    }
  }
}

/**
 * A reader's report. One per address and comment (repeats are ignored); at `threshold` open reports an approved
 * comment is hidden (back to pending) until a moderator reviews it.
 */
export async function reportComment(input: { commentId: string; reason: string | null; ip: string; threshold: number }) {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: comments.id, articleId: comments.articleId })
      .from(comments)
      .where(and(eq(comments.id, input.commentId), eq(comments.status, 'approved')))
      .limit(1)
    if (!target) return null
    const [already] = await tx
      .select({ n: count() })
      .from(commentReports)
      .where(and(eq(commentReports.commentId, input.commentId), eq(commentReports.ip, input.ip), isNull(commentReports.resolvedAt)))
    if ((already?.n ?? 0) > 0) return { articleId: target.articleId, hidden: false }
    await tx.insert(commentReports).values({ commentId: input.commentId, reason: input.reason, ip: input.ip })
    const [updated] = await tx
      .update(comments)
      .set({
        reportCount: sql`${comments.reportCount} + 1`,
        status: sql`case when ${comments.reportCount} + 1 >= ${input.threshold} then 'pending'::comment_status else ${comments.status} end`,
        statusChangedAt: sql`case when ${comments.reportCount} + 1 >= ${input.threshold} then now() else ${comments.statusChangedAt} end`,
      })
      .where(eq(comments.id, input.commentId))
      .returning({ status: comments.status })
    return { articleId: target.articleId, hidden: updated?.status === 'pending' }
  })
}

// ─── Settings ────────────────────────────────────────────────────────────────────────────────────

/** Read on every post (not cached): a changed setting applies to the very next comment. */
export async function getCommentSettings(): Promise<CommentSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, SETTINGS_KEY)).limit(1)
  return parseCommentSettings(row?.value)
}

export async function saveCommentSettings(value: CommentSettings): Promise<void> {
  await db
    .insert(settings)
    .values({ key: SETTINGS_KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } })
}

/** The rules a post is checked against (cached: every post asked for them). Saving the settings expires them. */
export async function getCommentRules(): Promise<CommentSettings> {
  'use cache'
  cacheLife('max')
  cacheTag(tags.commentSettings)
  return getCommentSettings()
}

/** For rendering (cached): what the comment section needs from the settings. Saving settings revalidates it. */
export async function getCommentDisplaySettings() {
  const { threadDepth, closeAfterDays, minLength, maxLength } = await getCommentRules() // one cached read of the row
  return { threadDepth, closeAfterDays, minLength, maxLength }
}
