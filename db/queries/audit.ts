import 'server-only'
import { desc, eq, inArray } from 'drizzle-orm'
import type { AuditRow } from '@/lib/audit/describe'
import type { Locale } from '@/lib/i18n/config'
import { localized } from '@/lib/i18n/localized'
import { db, type Db } from '../index'
import { articles, auditLog, categories, commenterBans, comments, media, tags, users } from '../schema'

export type AuditEntry = {
  actorId: string | null
  action: string
  targetType?: string
  targetId?: string
  details?: Record<string, unknown>
  ip?: string | null
}

/** Pass the transaction when the audited change happens in one, so the entry and the change commit together. */
export async function recordAudit(entry: AuditEntry, executor: Pick<Db, 'insert'> = db): Promise<void> {
  await executor.insert(auditLog).values(entry)
}

/** The administrators' audit page, newest first. Index: audit_log_created_idx. */
export async function listAudit(limit = 100, offset = 0) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      ip: auditLog.ip,
      createdAt: auditLog.createdAt,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(desc(auditLog.createdAt))
    .limit(limit)
    .offset(offset)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The entry's one target id: its own, or the single comment of a moderation action on one comment. */
function targetOf(entry: { targetId: string | null; details: Record<string, unknown> | null }): string | null {
  const ids = entry.details?.ids
  const id = entry.targetId ?? (Array.isArray(ids) && ids.length === 1 && typeof ids[0] === 'string' ? ids[0] : null)
  return id && UUID.test(id) ? id : null
}

/**
 * The audit page's rows with each target's current name (article title, person, section in the reader's language…),
 * one query per kind of target on the page, by primary key; null when the target has since been deleted.
 */
export async function listAuditWithTargets(locale: Locale, limit = 100, offset = 0): Promise<(Awaited<ReturnType<typeof listAudit>>[number] & AuditRow)[]> {
  const entries = await listAudit(limit, offset)
  const idsOf = (type: string) => [...new Set(entries.filter((e) => e.targetType === type).map(targetOf).filter((id): id is string => !!id))]
  const lookup = async (type: string, find: (ids: string[]) => Promise<{ id: string; name: string | null }[]>) => {
    const ids = idsOf(type)
    return ids.length ? (await find(ids)).map((row) => [`${type}:${row.id}`, row.name] as const) : []
  }
  const names = new Map(
    (
      await Promise.all([
        lookup('article', (ids) => db.select({ id: articles.id, name: articles.title }).from(articles).where(inArray(articles.id, ids))),
        lookup('user', (ids) => db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))),
        lookup('comment', (ids) => db.select({ id: comments.id, name: comments.authorName }).from(comments).where(inArray(comments.id, ids))),
        lookup('tag', async (ids) =>
          (await db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, ids))).map((row) => ({ id: row.id, name: localized(row.name, locale) })),
        ),
        lookup('media', (ids) => db.select({ id: media.id, name: media.originalName }).from(media).where(inArray(media.id, ids))),
        lookup('ban', (ids) => db.select({ id: commenterBans.id, name: commenterBans.email }).from(commenterBans).where(inArray(commenterBans.id, ids))),
        lookup('category', async (ids) =>
          (await db.select({ id: categories.id, name: categories.name }).from(categories).where(inArray(categories.id, ids))).map((row) => ({
            id: row.id,
            name: localized(row.name, locale),
          })),
        ),
      ])
    ).flat(),
  )
  return entries.map((entry) => {
    const id = targetOf(entry)
    return { ...entry, targetName: id ? (names.get(`${entry.targetType}:${id}`) ?? null) : null }
  })
}
