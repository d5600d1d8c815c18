import 'server-only'
import { env, ownOrigin } from '@/lib/env'
import { schedulerToken } from './token'

export const TICK_INTERVAL_MS = 30_000 // scheduled articles go out within 30 s of their time (the promise is ± 60 s)

const state = globalThis as unknown as { kiosqueScheduler?: NodeJS.Timeout }

/**
 * Started once per server process from instrumentation.ts. Each tick calls the app's own /api/scheduler/tick,
 * because cache revalidation only works inside a request; the first tick, right after start-up, publishes
 * whatever was missed while the server was down. Several instances may run this: the query is safe for that.
 */
export function startScheduler(): void {
  if (state.kiosqueScheduler || !env.KIOSQUE_SCHEDULER) return
  // A scheduler that cannot tick says so once, not every 30 s; it speaks again after it has worked once more.
  let reported = false
  const report = (...message: unknown[]) => {
    if (!reported) console.error('[scheduler]', ...message)
    reported = true
  }
  const tick = async () => {
    const origin = ownOrigin()
    if (!origin) return report('cannot tick: the server address is unknown (set PORT). Scheduled articles will not go out.')
    try {
      const response = await fetch(new URL('/api/scheduler/tick', origin), { method: 'POST', headers: { 'x-scheduler-token': schedulerToken() } })
      if (!response.ok) return report(`tick answered ${response.status} at ${origin}; scheduled articles are not going out.`)
      reported = false
    } catch (error) {
      report(`cannot tick at ${origin}; scheduled articles are not going out.`, error)
    }
  }
  setTimeout(tick, 2_000).unref()
  state.kiosqueScheduler = setInterval(tick, TICK_INTERVAL_MS)
  state.kiosqueScheduler.unref()
}
