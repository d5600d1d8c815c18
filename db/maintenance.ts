// Housekeeping PostgreSQL does by itself, which PGlite leaves undone. PGlite runs PostgreSQL in single-user mode,
// where autovacuum never runs: the row versions that updates and deletes leave behind are never reclaimed, index-only
// scans keep visiting the table (no visibility map), and the planner keeps the statistics of the last ANALYZE. The
// scheduler (lib/scheduler/tick.ts) calls this on every tick; once a day it runs VACUUM (ANALYZE) on the whole
// database. On the bench's large corpus (1,000,000 comments, 100,000 articles), never vacuumed: 1.0 s for comments
// and 1.4 s for articles; the whole database a few minutes later: 1.6 s. Every query waits meanwhile, PGlite having
// one connection. PostgreSQL's autovacuum does this
// on its own, so there it does nothing. Not 'server-only': the bench's corpus builder calls it too.
import { eq, sql } from 'drizzle-orm'
import { db, driver } from './index'
import { settings } from './schema'

const LAST_RUN_KEY = 'maintenance.pglite.vacuumedAt'
export const MAINTENANCE_EVERY_MS = 24 * 3_600_000

/** Runs VACUUM (ANALYZE) when the embedded database last had one a day or more before `now`; returns its duration. */
export async function maintainEmbeddedDatabase(now: Date): Promise<{ vacuumMs: number } | null> {
  if (driver !== 'pglite') return null
  const [last] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, LAST_RUN_KEY)).limit(1)
  const lastRun = typeof last?.value === 'string' ? Date.parse(last.value) : Number.NaN
  if (now.getTime() - lastRun < MAINTENANCE_EVERY_MS) return null // NaN (never run) compares false
  const started = performance.now()
  await db.execute(sql`vacuum (analyze)`)
  const value = now.toISOString()
  await db.insert(settings).values({ key: LAST_RUN_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
  return { vacuumMs: Math.round(performance.now() - started) }
}
