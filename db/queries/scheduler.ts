import 'server-only'
import { and, asc, eq, lte } from 'drizzle-orm'
import { db } from '../index'
import { articles } from '../schema'
import { loadTagged, tagsOf } from './articles-admin'
import { recordAudit } from './audit'

/** A schedule fired later than this (the server was down or asleep) is flagged on the dashboard. */
export const MISSED_AFTER_MS = 60_000

/**
 * Publishes every scheduled article that is due at `now`. Safe with several app instances on one PostgreSQL:
 * `FOR UPDATE SKIP LOCKED` gives each due row to exactly one instance, and the status check in the UPDATE makes a
 * second pass a no-op. Returns what it published and the cache tags to revalidate.
 */
export async function publishDueArticles(now: Date, batch = 50) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: articles.id, scheduledAt: articles.scheduledAt, slug: articles.slug })
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, now)))
      .orderBy(asc(articles.scheduledAt))
      .limit(batch)
      .for('update', { skipLocked: true })
    const published: { id: string; slug: string; missed: boolean }[] = []
    const revalidate = new Set<string>()
    for (const row of due) {
      const scheduledAt = row.scheduledAt ?? now
      const missed = now.getTime() - scheduledAt.getTime() > MISSED_AFTER_MS
      const [updated] = await tx
        .update(articles)
        // The article carries the time it was promised for, unless it went out noticeably late.
        .set({ status: 'published', publishedAt: missed ? now : scheduledAt, missedSchedule: missed, updatedAt: now })
        .where(and(eq(articles.id, row.id), eq(articles.status, 'scheduled')))
        .returning({ id: articles.id })
      if (!updated) continue
      await recordAudit({ actorId: null, action: 'article.publish', targetType: 'article', targetId: row.id, details: { slug: row.slug, scheduled: true, missed } }, tx)
      for (const tag of tagsOf(await loadTagged(tx, row.id))) revalidate.add(tag)
      published.push({ id: row.id, slug: row.slug, missed })
    }
    return { published, revalidate: [...revalidate] }
  })
}
