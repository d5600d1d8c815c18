import 'server-only'
import { purgeTrash } from '@/db/queries/articles-workflow'
import { publishDueArticles } from '@/db/queries/scheduler'
import type { Clock } from './clock'

export type TickResult = { published: { id: string; slug: string; missed: boolean }[]; purged: number }

/**
 * One pass of the scheduler: publish what is due, empty the 30-day trash, revalidate what changed. Time comes from
 * the clock and revalidation from the caller, so tests drive it with a fake clock and no Next runtime.
 */
export async function runSchedulerTick(clock: Clock, revalidate: (tag: string) => void): Promise<TickResult> {
  const now = clock.now()
  const { published, revalidate: tags } = await publishDueArticles(now)
  for (const tag of tags) revalidate(tag)
  const purged = await purgeTrash(now)
  return { published, purged }
}
