import 'server-only'
import { desc, eq } from 'drizzle-orm'
import { db, type Db } from '../index'
import { auditLog, users } from '../schema'

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
