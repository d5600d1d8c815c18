import 'server-only'
// Status changes, trash and the editing lock. The workflow's rules (lib/editor/workflow.ts) are repeated in each
// UPDATE's WHERE: a stale page or a forged request moves nothing.
import { randomUUID } from 'node:crypto'
import { and, eq, inArray, isNotNull, isNull, lt, not, sql } from 'drizzle-orm'
import { WORKFLOW, type Transition } from '@/lib/editor/workflow'
import { UserError } from '@/lib/errors'
import { can, type Viewer } from '@/lib/permissions'
import { db } from '../index'
import { articles, users } from '../schema'
import { editableBy, loadTagged, lockAfterEdit, lockFreeFor, releasedBy, tagsOf, type Executor } from './articles-admin'
import { sanitizeArticleHtml } from '@/lib/html'
import { recordAudit } from './audit'
import { getRevision, recordRevision } from './revisions'

export const TRASH_RETENTION_DAYS = 30
const AUDITED: Transition[] = ['publish', 'schedule', 'unpublish', 'archive']

async function snapshotRevision(tx: Executor, id: string, authorId: string, now: Date) {
  const [row] = await tx
    .select({ version: articles.version, title: articles.title, excerpt: articles.excerpt, bodyHtml: articles.bodyHtml })
    .from(articles)
    .where(eq(articles.id, id))
  if (row) await recordRevision(tx, { articleId: id, authorId, ...row }, 'save', now)
}

export async function transitionArticle(
  viewer: Viewer,
  id: string,
  transition: Transition,
  options: { scheduledAt?: Date; now?: Date } = {},
): Promise<{ revalidate: string[] }> {
  const now = options.now ?? new Date()
  const rule = WORKFLOW[transition]
  if (!can(viewer, rule.editorsOnly ? 'article.publish' : 'article.submit')) throw new UserError('errors.forbidden')
  if (rule.authorsOnly && can(viewer, 'article.publish')) throw new UserError('errors.forbidden') // the desk withdraws
  if (transition === 'schedule' && (!options.scheduledAt || options.scheduledAt.getTime() <= now.getTime())) {
    throw new UserError('newsroom.errors.scheduleInPast')
  }
  const ownOnly = can(viewer, 'article.editAny') ? undefined : eq(articles.authorId, viewer.id)
  return db.transaction(async (tx) => {
    const before = await loadTagged(tx, id)
    const set =
      transition === 'publish'
        ? { status: rule.to, publishedAt: sql`coalesce(${articles.publishedAt}, ${now.toISOString()}::timestamptz)`, scheduledAt: null, missedSchedule: false }
        : transition === 'schedule'
          ? { status: rule.to, scheduledAt: options.scheduledAt, missedSchedule: false }
          : transition === 'unpublish'
            ? { status: rule.to, scheduledAt: null }
            : { status: rule.to }
    const [row] = await tx
      .update(articles)
      .set({ ...set, updatedAt: now })
      .where(and(eq(articles.id, id), inArray(articles.status, [...rule.from]), isNull(articles.deletedAt), ownOnly))
      .returning({ id: articles.id })
    if (!row || !before) throw new UserError('newsroom.errors.transitionRefused')
    await snapshotRevision(tx, id, viewer.id, now)
    if (AUDITED.includes(transition)) {
      await recordAudit({ actorId: viewer.id, action: `article.${transition}`, targetType: 'article', targetId: id, details: { slug: before.slug, scheduledAt: options.scheduledAt?.toISOString() } }, tx)
    }
    const after = await loadTagged(tx, id)
    return { revalidate: tagsOf(before, after) }
  })
}

/** Moves to the trash (restorable for 30 days). Editors only; the article leaves every public page. */
export async function trashArticles(viewer: Viewer, ids: string[], now = new Date()) {
  if (!can(viewer, 'article.delete')) throw new UserError('errors.forbidden')
  return db.transaction(async (tx) => {
    const revalidate: string[] = []
    for (const id of ids) revalidate.push(...tagsOf(await loadTagged(tx, id)))
    const rows = await tx
      .update(articles)
      .set({ deletedAt: now, lockedById: null, lockedAt: null })
      .where(and(inArray(articles.id, ids), isNull(articles.deletedAt)))
      .returning({ id: articles.id, slug: articles.slug })
    for (const row of rows) {
      await recordAudit({ actorId: viewer.id, action: 'article.delete', targetType: 'article', targetId: row.id, details: { slug: row.slug } }, tx)
    }
    return { count: rows.length, revalidate }
  })
}

export async function restoreArticle(viewer: Viewer, id: string, now = new Date()) {
  if (!can(viewer, 'article.delete')) throw new UserError('errors.forbidden')
  const cutoff = new Date(now.getTime() - TRASH_RETENTION_DAYS * 86_400_000)
  const [row] = await db
    .update(articles)
    .set({ deletedAt: null })
    .where(and(eq(articles.id, id), isNotNull(articles.deletedAt), sql`${articles.deletedAt} > ${cutoff.toISOString()}::timestamptz`))
    .returning({ id: articles.id })
  if (!row) throw new UserError('newsroom.errors.articleNotFound')
  await recordAudit({ actorId: viewer.id, action: 'article.restore', targetType: 'article', targetId: id })
  return { revalidate: tagsOf(await loadTagged(db, id)) }
}

/** Bulk archive from the article list: only published articles move; the others are left as they are. */
export async function archiveArticles(viewer: Viewer, ids: string[], now = new Date()) {
  let count = 0
  const revalidate: string[] = []
  for (const id of ids) {
    try {
      revalidate.push(...(await transitionArticle(viewer, id, 'archive', { now })).revalidate)
      count++
    } catch (error) {
      if (!(error instanceof UserError)) throw error
    }
  }
  return { count, revalidate }
}

/** Empties the trash of articles deleted more than 30 days ago (run by the scheduler). */
export async function purgeTrash(now = new Date()) {
  const cutoff = new Date(now.getTime() - TRASH_RETENTION_DAYS * 86_400_000)
  const rows = await db.delete(articles).where(and(isNotNull(articles.deletedAt), lt(articles.deletedAt, cutoff))).returning({ id: articles.id })
  return rows.length
}

// ─── Editing lock ──────────────────────────────────────────────────────────────────────────────────

/** session: the id of the editor page that holds the lock, which its heartbeats, saves and beacon send back. */
export type LockState = { mine: boolean; holderName: string | null; since: string | null; session: string | null }

/**
 * Opening the editor takes the lock when it is free (or stale, or already the viewer's) for this page, a new lock
 * session; otherwise says who holds it and since when.
 */
export async function acquireLock(viewer: Viewer, id: string, now = new Date()): Promise<LockState> {
  const session = randomUUID()
  const [taken] = await db
    .update(articles)
    .set({ lockedById: viewer.id, lockedAt: now, lockSession: session })
    .where(and(eq(articles.id, id), isNull(articles.deletedAt), editableBy(viewer), lockFreeFor(viewer, now)))
    .returning({ id: articles.id })
  if (taken) return { mine: true, holderName: viewer.name, since: now.toISOString(), session }
  const [row] = await db
    .select({ holderId: articles.lockedById, holderName: users.name, since: articles.lockedAt })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.lockedById))
    .where(eq(articles.id, id))
  return { mine: false, holderName: row?.holderName ?? null, since: row?.since?.toISOString() ?? null, session: null }
}

/**
 * Takes the lock from whoever holds it. Their next autosave is refused, and its text kept as a revision. No page
 * holds it yet: the taker's editor reloads and opens a session of its own.
 */
export async function takeOverLock(viewer: Viewer, id: string, now = new Date()) {
  const [row] = await db
    .update(articles)
    .set({ lockedById: viewer.id, lockedAt: now, lockSession: null })
    .where(and(eq(articles.id, id), isNull(articles.deletedAt), editableBy(viewer)))
    .returning({ version: articles.version })
  if (!row) throw new UserError('newsroom.errors.articleNotFound')
  await recordAudit({ actorId: viewer.id, action: 'article.takeover', targetType: 'article', targetId: id })
  return row
}

/**
 * The editor's heartbeat while open: keeps the lock fresh, and takes it back when it is free (the tab slept past the
 * TTL, or another tab of the viewer's let it go). False when someone else holds it, or when this page itself let it
 * go: a beat sent just before the tab closed must not lock the article again after the beacon freed it.
 */
export async function refreshLock(viewer: Viewer, id: string, session: string, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(articles)
    .set(lockAfterEdit(viewer, session, now))
    .where(and(eq(articles.id, id), isNull(articles.deletedAt), editableBy(viewer), lockFreeFor(viewer, now), not(releasedBy(session))))
    .returning({ id: articles.id })
  return rows.length > 0
}

/**
 * Leaving the editor (tab closed, reload, another page) frees the lock at once, so the next person is not told
 * "X is editing" for the lock's whole lifetime. Only when this page holds it: a lock someone took over stays theirs,
 * and on a reload the old page's beacon, landing after the new page took the lock, leaves the new page's alone. The
 * session stays on the row, so the page's own requests still in flight cannot take the lock back.
 */
export async function releaseLock(viewer: Viewer, id: string, session: string): Promise<boolean> {
  const rows = await db
    .update(articles)
    .set({ lockedById: null, lockedAt: null })
    .where(and(eq(articles.id, id), eq(articles.lockedById, viewer.id), eq(articles.lockSession, session)))
    .returning({ id: articles.id })
  return rows.length > 0
}

/** Makes an old revision the current text again, through the same compare-and-set as a save; itself a new revision. */
export async function restoreRevision(viewer: Viewer, articleId: string, revisionId: string, version: number, now = new Date()) {
  const revision = await getRevision(articleId, revisionId)
  if (!revision) throw new UserError('newsroom.errors.revisionNotFound')
  return db.transaction(async (tx) => {
    const before = await loadTagged(tx, articleId)
    const bodyHtml = sanitizeArticleHtml(revision.bodyHtml)
    const [row] = await tx
      .update(articles)
      .set({ title: revision.title, excerpt: revision.excerpt, bodyHtml, version: sql`${articles.version} + 1`, lockedById: viewer.id, lockedAt: now, updatedAt: now })
      .where(and(eq(articles.id, articleId), eq(articles.version, version), isNull(articles.deletedAt), editableBy(viewer), lockFreeFor(viewer, now)))
      .returning({ version: articles.version })
    if (!row) throw new UserError('newsroom.errors.transitionRefused')
    await recordRevision(tx, { articleId, version: row.version, title: revision.title, excerpt: revision.excerpt, bodyHtml, authorId: viewer.id }, 'restore', now)
    return { version: row.version, revalidate: tagsOf(before) }
  })
}
