// external_refs: the WordPress id of every imported row, so a re-run finds it instead of creating it again.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { externalRefs } from '@/db/schema'
import type { ImportContext, Kind } from './context'

export type Ref = { localId: string; checksum: string | null }

const CHUNK = 1000

/** The refs of these WordPress ids, by id; ids never imported are absent. */
export async function findRefs(ctx: ImportContext, kind: Kind, externalIds: Iterable<string>): Promise<Map<string, Ref>> {
  const ids = [...new Set(externalIds)]
  const found = new Map<string, Ref>()
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await ctx.db
      .select({ externalId: externalRefs.externalId, localId: externalRefs.localId, checksum: externalRefs.checksum })
      .from(externalRefs)
      .where(and(eq(externalRefs.source, ctx.source), eq(externalRefs.kind, kind), inArray(externalRefs.externalId, ids.slice(start, start + CHUNK))))
    for (const row of rows) found.set(row.externalId, { localId: row.localId, checksum: row.checksum })
  }
  return found
}

export async function saveRefs(ctx: ImportContext, kind: Kind, refs: { externalId: string; localId: string; checksum: string | null }[]): Promise<void> {
  for (let start = 0; start < refs.length; start += CHUNK) {
    const values = refs.slice(start, start + CHUNK).map((ref) => ({ ...ref, source: ctx.source, kind }))
    await ctx.db
      .insert(externalRefs)
      .values(values)
      .onConflictDoUpdate({
        target: [externalRefs.source, externalRefs.kind, externalRefs.externalId],
        set: { localId: sql`excluded.local_id`, checksum: sql`excluded.checksum` },
      })
  }
}
