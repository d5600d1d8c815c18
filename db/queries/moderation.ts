import 'server-only'
import { and, asc, desc, eq, gt, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm'
import { db } from '../index'
import { articles, categories, commenterBans, commentReports, comments } from '../schema'
import { newestPublishedFirst } from './articles-admin'

export const QUEUE_TABS = ['pending', 'approved', 'spam', 'trash', 'reported'] as const
export type QueueTab = (typeof QUEUE_TABS)[number]
export const MODERATION_OPS = ['approve', 'unapprove', 'spam', 'notSpam', 'trash', 'restore', 'delete', 'dismissReports'] as const
export type ModerationOp = (typeof MODERATION_OPS)[number]
export const QUEUE_PAGE_SIZE = 20

/** Spam and trash are kept this long for a second look, then purged by the scheduler (purgeOldComments). */
export const PURGE_AFTER_DAYS = 30

// Reported: open reports on a comment that is still up for review (not already binned).
const reportedWhere = and(gt(comments.reportCount, 0), inArray(comments.status, ['approved', 'pending']))

function tabWhere(tab: QueueTab): SQL | undefined {
  return tab === 'reported' ? reportedWhere : eq(comments.status, tab)
}

/**
 * Counts stop at COUNT_CAP: past it a moderator reads "more than 10,000", and counting costs at most that many index
 * entries. Counting every row made the queue slow on a big site (1,000,000 comments on PGlite: the tab counts took
 * 355–789 ms, the approved tab's total 1.2 s, for each page view and each moderation action, which re-renders it).
 */
export const COUNT_CAP = 10_000

/** More than COUNT_CAP when there are more; exact below. */
export const isOverCap = (n: number) => n > COUNT_CAP

const cappedCount = (where: SQL | undefined) =>
  sql<number>`(select count(*)::int from (select 1 from ${comments} where ${where ?? sql`true`} limit ${COUNT_CAP + 1}) as capped)`
const ONE_ROW = sql`(values (1)) as one` // the counts are scalar subqueries: one row to select them from

async function countCapped(where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: cappedCount(where) }).from(ONE_ROW)
  return row!.n
}

/** Pending comments, capped, for the dashboard home. */
export const countPendingComments = () => countCapped(tabWhere('pending'))

/** Counts for the tab labels, capped. Indexes: comments_status_created_idx, comments_reported_idx. */
export async function countQueueTabs(): Promise<Record<QueueTab, number>> {
  const [counts] = await db
    .select({
      pending: cappedCount(tabWhere('pending')),
      approved: cappedCount(tabWhere('approved')),
      spam: cappedCount(tabWhere('spam')),
      trash: cappedCount(tabWhere('trash')),
      reported: cappedCount(tabWhere('reported')),
    })
    .from(ONE_ROW)
  return counts!
}

export type QueueFilter = { tab: QueueTab; q?: string; articleId?: string; sort: 'newest' | 'oldest'; page: number }

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

function filterWhere(filter: QueueFilter): SQL | undefined {
  const q = filter.q?.trim()
  const pattern = q ? `%${escapeLike(q)}%` : null
  return and(
    tabWhere(filter.tab),
    filter.articleId ? eq(comments.articleId, filter.articleId) : undefined,
    pattern
      ? or(ilike(comments.body, pattern), ilike(comments.authorName, pattern), ilike(comments.authorEmail, pattern), ilike(comments.ip, pattern))
      : undefined,
  )
}

/**
 * One page of the queue, with what a moderator needs to decide: the author's history and open report reasons.
 * `tabCount`: the tab's count from countQueueTabs, which is the total when there is no search and no article filter
 * (it is not counted twice).
 */
export async function listQueue(filter: QueueFilter, tabCount?: number) {
  const where = filterWhere(filter)
  const total = tabCount !== undefined && !filter.q?.trim() && !filter.articleId ? tabCount : await countCapped(where)
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      shadow: comments.shadow,
      reportCount: comments.reportCount,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      authorUrl: comments.authorUrl,
      staff: sql<boolean>`${comments.userId} is not null`,
      ip: comments.ip,
      createdAt: comments.createdAt,
      parentId: comments.parentId,
      parentAuthor: sql<string | null>`(select p.author_name from comments p where p.id = ${comments.parentId})`,
      articleId: articles.id,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      articleLanguage: articles.language,
      categorySlug: categories.slug,
      approvedBefore: sql<number>`(select count(*)::int from comments h where h.author_email = ${comments.authorEmail} and h.status = 'approved')`,
      spamBefore: sql<number>`(select count(*)::int from comments h where h.author_email = ${comments.authorEmail} and h.status = 'spam')`,
      reasons: sql<string[] | null>`(select array_agg(r.reason order by r.created_at) from comment_reports r where r.comment_id = ${comments.id} and r.resolved_at is null and r.reason is not null)`,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(where)
    // Ties broken in the same direction, so one index (status, created_at desc, id desc) serves both orders.
    .orderBy(...(filter.sort === 'oldest' ? [asc(comments.createdAt), asc(comments.id)] : [desc(comments.createdAt), desc(comments.id)]))
    .limit(QUEUE_PAGE_SIZE)
    .offset((Math.max(1, filter.page) - 1) * QUEUE_PAGE_SIZE)
  return { rows, total }
}

export type QueueRow = Awaited<ReturnType<typeof listQueue>>['rows'][number]

const COMMENTED_ARTICLES = 300

/**
 * The queue's article filter: the most recently published articles that have comments (where moderators work), by
 * title, and the one being filtered on whatever its age. Walks articles from the newest and probes each one's
 * comments (comments_article_status_idx): the first 300 with comments, however big the archive. Listing every
 * commented article, by title, joined all comments: 3.0 s with 1,000,000 of them on PGlite.
 */
export async function listCommentedArticles(selectedId?: string) {
  const hasComments = sql`exists (select 1 from ${comments} where ${comments.articleId} = ${articles.id})`
  const recent = await db
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(and(eq(articles.status, 'published'), hasComments))
    .orderBy(newestPublishedFirst)
    .limit(COMMENTED_ARTICLES)
  if (selectedId && !recent.some((article) => article.id === selectedId)) {
    recent.push(...(await db.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.id, selectedId))))
  }
  return recent.sort((a, b) => a.title.localeCompare(b.title))
}

const STATUS_FOR: Record<Exclude<ModerationOp, 'delete' | 'dismissReports'>, 'approved' | 'pending' | 'spam' | 'trash'> = {
  approve: 'approved',
  unapprove: 'pending',
  spam: 'spam',
  notSpam: 'pending',
  trash: 'trash',
  restore: 'pending',
}

/** Applies one action to the given comments; returns the articles whose public threads changed. */
export async function applyModeration(ids: string[], op: ModerationOp, now: Date): Promise<string[]> {
  if (!ids.length) return []
  return db.transaction(async (tx) => {
    const touched = await tx.selectDistinct({ articleId: comments.articleId }).from(comments).where(inArray(comments.id, ids))
    if (op === 'delete') {
      await tx.delete(comments).where(inArray(comments.id, ids))
    } else if (op === 'dismissReports') {
      await tx.update(commentReports).set({ resolvedAt: now }).where(and(inArray(commentReports.commentId, ids), isNull(commentReports.resolvedAt)))
      await tx.update(comments).set({ reportCount: 0 }).where(inArray(comments.id, ids))
    } else {
      const status = STATUS_FOR[op]
      // Approving clears the reports (a moderator has looked); approving a shadow-banned comment publishes it for real.
      const extra = op === 'approve' ? { reportCount: 0, shadow: false } : {}
      await tx.update(comments).set({ status, statusChangedAt: now, ...extra }).where(inArray(comments.id, ids))
      if (op === 'approve') {
        await tx.update(commentReports).set({ resolvedAt: now }).where(and(inArray(commentReports.commentId, ids), isNull(commentReports.resolvedAt)))
      }
    }
    return touched.map((row) => row.articleId)
  })
}

export async function editCommentBody(id: string, body: string): Promise<string | null> {
  const [row] = await db.update(comments).set({ body }).where(eq(comments.id, id)).returning({ articleId: comments.articleId })
  return row?.articleId ?? null
}

/** A staff reply is published at once, and approves the comment it answers (replying means it is fit to be seen). */
export async function insertStaffReply(input: { parentId: string; body: string; user: { id: string; name: string; email: string }; now: Date }) {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .update(comments)
      .set({ status: 'approved', shadow: false, statusChangedAt: input.now })
      .where(eq(comments.id, input.parentId))
      .returning({ articleId: comments.articleId })
    if (!target) return null
    const [reply] = await tx
      .insert(comments)
      .values({
        articleId: target.articleId,
        parentId: input.parentId,
        authorName: input.user.name,
        authorEmail: input.user.email.toLowerCase(),
        userId: input.user.id,
        body: input.body,
        status: 'approved',
      })
      .returning({ id: comments.id })
    return reply ? { id: reply.id, articleId: target.articleId } : null
  })
}

export async function getCommentAuthor(id: string) {
  const [row] = await db
    .select({ email: comments.authorEmail, ip: comments.ip, articleId: comments.articleId })
    .from(comments)
    .where(eq(comments.id, id))
    .limit(1)
  return row ?? null
}

export async function insertBan(ban: { email: string | null; ip: string | null; reason: string; shadow: boolean; expiresAt: Date | null; createdById: string }) {
  const [row] = await db
    .insert(commenterBans)
    .values({ ...ban, email: ban.email?.toLowerCase() ?? null })
    .returning({ id: commenterBans.id })
  return row!
}

export async function listActiveBans(now: Date) {
  return db
    .select({
      id: commenterBans.id,
      email: commenterBans.email,
      ip: commenterBans.ip,
      reason: commenterBans.reason,
      shadow: commenterBans.shadow,
      expiresAt: commenterBans.expiresAt,
    })
    .from(commenterBans)
    .where(or(isNull(commenterBans.expiresAt), gt(commenterBans.expiresAt, now)))
    .orderBy(desc(commenterBans.createdAt))
    .limit(200)
}

/** Ends a ban now; kept as history (who was banned, why, until when). */
export async function endBan(id: string, now: Date): Promise<boolean> {
  const rows = await db.update(commenterBans).set({ expiresAt: now }).where(eq(commenterBans.id, id)).returning({ id: commenterBans.id })
  return rows.length > 0
}

/** "Empty spam" / "Empty trash": deletes every comment in that status. */
export async function emptyStatus(status: 'spam' | 'trash'): Promise<number> {
  const rows = await db.delete(comments).where(eq(comments.status, status)).returning({ id: comments.id })
  return rows.length
}

/**
 * The scheduled purge: spam and trash older than PURGE_AFTER_DAYS (by when they got that status) are deleted.
 * Called by the newsroom scheduler (lib/scheduler); safe to run as often as wanted.
 */
export async function purgeOldComments(now: Date, days = PURGE_AFTER_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000)
  const rows = await db
    .delete(comments)
    .where(and(inArray(comments.status, ['spam', 'trash']), lt(comments.statusChangedAt, cutoff)))
    .returning({ id: comments.id })
  return rows.length
}

export const isQueueTab = (value: unknown): value is QueueTab => typeof value === 'string' && (QUEUE_TABS as readonly string[]).includes(value)
