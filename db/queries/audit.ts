import 'server-only'
import { db } from '../index'
import { auditLog } from '../schema'

export type AuditEntry = {
  actorId: string | null
  action: string
  targetType?: string
  targetId?: string
  details?: Record<string, unknown>
  ip?: string | null
}

export async function recordAudit(entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry)
}
