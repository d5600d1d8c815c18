// Old WordPress URLs → new ones. Rows are compared before writing, so a re-run writes nothing.
import { eq, sql } from 'drizzle-orm'
import { redirects } from '@/db/schema'
import { bulkInsert, inJsonList } from './bulk'
import { type ImportContext, tally } from './context'

const CHUNK = 5000

export async function writeRedirects(ctx: ImportContext, rows: { fromPath: string; toPath: string }[]): Promise<void> {
  const wanted = new Map<string, string>()
  for (const row of rows) if (row.fromPath !== row.toPath && !wanted.has(row.fromPath)) wanted.set(row.fromPath, row.toPath)
  const paths = [...wanted.keys()]
  for (let start = 0; start < paths.length; start += CHUNK) {
    const chunk = paths.slice(start, start + CHUNK)
    const existing = new Map(
      (await ctx.db.select({ fromPath: redirects.fromPath, toPath: redirects.toPath, statusCode: redirects.statusCode }).from(redirects).where(inJsonList(redirects.fromPath, chunk)))
        .map((row) => [row.fromPath, row]),
    )
    const inserts = chunk.filter((path) => !existing.has(path)).map((fromPath) => ({ fromPath, toPath: wanted.get(fromPath)!, statusCode: 301 }))
    await bulkInsert(ctx, redirects, inserts, sql`on conflict (from_path) do nothing`)
    tally(ctx, 'redirect', 'created', inserts.length)
    for (const [fromPath, row] of existing) {
      const toPath = wanted.get(fromPath)!
      if (row.toPath === toPath && row.statusCode === 301) tally(ctx, 'redirect', 'unchanged')
      else {
        await ctx.db.update(redirects).set({ toPath, statusCode: 301 }).where(eq(redirects.fromPath, fromPath))
        tally(ctx, 'redirect', 'updated')
      }
    }
  }
}
