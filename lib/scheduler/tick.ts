import 'server-only'
import { purgeTrash } from '@/db/queries/articles-workflow'
import { purgeOldComments } from '@/db/queries/moderation'
import { maintainEmbeddedDatabase } from '@/db/maintenance'
import { publishDueArticles } from '@/db/queries/scheduler'
import type { Clock } from './clock'

export type TickResult = {
  published: { id: string; slug: string; missed: boolean }[]
  /** Articles removed from the trash after 30 days. */
  purged: number
  /** Spam and binned comments removed after 30 days (nothing public changes, so nothing is revalidated). */
  purgedComments: number
  /** PGlite only, once a day: how long VACUUM (ANALYZE) took (db/maintenance.ts); null when it did not run. */
  vacuumMs: number | null
}

/**
 * One pass of the scheduler: publish what is due, revalidate what changed, empty the article trash and the comment
 * spam and trash of what has sat there 30 days, and once a day vacuum the embedded database. Time comes from the clock and revalidation from the caller, so tests
 * drive it with a fake clock and no Next runtime.
 */
export async function runSchedulerTick(clock: Clock, revalidate: (tag: string) => void): Promise<TickResult> {
  const now = clock.now()
  const { published, revalidate: tags } = await publishDueArticles(now)
  for (const tag of tags) revalidate(tag)
  // One after the other: purging an article deletes its comments too, and two deletes racing over the same rows
  // could deadlock on PostgreSQL.
  const purged = await purgeTrash(now)
  const purgedComments = await purgeOldComments(now)
  const maintenance = await maintainEmbeddedDatabase(now) // after the purges, whose deleted rows it reclaims
  return { published, purged, purgedComments, vacuumMs: maintenance?.vacuumMs ?? null }
}
