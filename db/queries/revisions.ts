import 'server-only'
import { and, desc, eq, gt, sql } from 'drizzle-orm'
import { db, type Db } from '../index'
import { articleRevisions, users } from '../schema'

type Executor = Pick<Db, 'select' | 'insert'>
export type RevisionReason = (typeof articleRevisions.$inferInsert)['reason']
export type RevisionContent = { articleId: string; version: number; title: string; excerpt: string; bodyHtml: string; authorId: string | null }

/** Autosaves keep at most one revision per article in this window; manual saves and status changes always keep one. */
export const AUTOSAVE_REVISION_INTERVAL_MS = 5 * 60_000

export async function recordRevision(executor: Executor, content: RevisionContent, reason: RevisionReason, now = new Date()) {
  if (reason === 'autosave') {
    const since = new Date(now.getTime() - AUTOSAVE_REVISION_INTERVAL_MS)
    const [recent] = await executor
      .select({ id: articleRevisions.id })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, content.articleId), gt(articleRevisions.createdAt, since)))
      .limit(1)
    if (recent) return null
  }
  const [row] = await executor
    .insert(articleRevisions)
    .values({ ...content, reason, createdAt: now })
    .returning({ id: articleRevisions.id })
  return row ?? null
}

/** Revisions of one article, newest first, with who wrote them. Index: article_revisions_article_idx. */
export async function listRevisions(articleId: string, limit = 100) {
  return db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      title: articleRevisions.title,
      reason: articleRevisions.reason,
      createdAt: articleRevisions.createdAt,
      authorName: users.name,
      length: sql<number>`length(${articleRevisions.bodyHtml})`.mapWith(Number),
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.version))
    .limit(limit)
}

export async function getRevision(articleId: string, revisionId: string) {
  const [row] = await db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      title: articleRevisions.title,
      excerpt: articleRevisions.excerpt,
      bodyHtml: articleRevisions.bodyHtml,
      reason: articleRevisions.reason,
      createdAt: articleRevisions.createdAt,
      authorName: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .limit(1)
  return row ?? null
}
