// external_refs: the WordPress id of every imported row, so a re-run finds it instead of creating it again.
import { and, eq, sql } from 'drizzle-orm'
import { externalRefs } from '@/db/schema'
import { bulkInsert, inJsonList } from './bulk'
import type { ImportContext, Kind } from './context'

export type Ref = { localId: string; checksum: string | null }

const CHUNK = 5000

/** The refs of these WordPress ids, by id; ids never imported are absent. */
export async function findRefs(ctx: ImportContext, kind: Kind, externalIds: Iterable<string>): Promise<Map<string, Ref>> {
  const ids = [...new Set(externalIds)]
  const found = new Map<string, Ref>()
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await ctx.db
      .select({ externalId: externalRefs.externalId, localId: externalRefs.localId, checksum: externalRefs.checksum })
      .from(externalRefs)
      .where(and(eq(externalRefs.source, ctx.source), eq(externalRefs.kind, kind), inJsonList(externalRefs.externalId, ids.slice(start, start + CHUNK))))
    for (const row of rows) found.set(row.externalId, { localId: row.localId, checksum: row.checksum })
  }
  return found
}

export async function saveRefs(ctx: ImportContext, kind: Kind, refs: { externalId: string; localId: string; checksum: string | null }[]): Promise<void> {
  const rows = refs.map((ref) => ({ source: ctx.source, kind, ...ref }))
  await bulkInsert(ctx, externalRefs, rows, sql`on conflict (source, kind, external_id) do update set local_id = excluded.local_id, checksum = excluded.checksum`)
}
