import 'server-only'
import { schedulerToken } from './token'

export const TICK_INTERVAL_MS = 30_000 // scheduled articles go out within 30 s of their time (the promise is ± 60 s)

const state = globalThis as unknown as { kiosqueScheduler?: NodeJS.Timeout }

/**
 * Started once per server process from instrumentation.ts. Each tick calls the app's own /api/scheduler/tick,
 * because cache revalidation only works inside a request; the first tick, right after start-up, publishes
 * whatever was missed while the server was down. Several instances may run this: the query is safe for that.
 */
export function startScheduler(): void {
  if (state.kiosqueScheduler) return
  const tick = async () => {
    // Next sets this once the server listens; before that there is nobody to call yet.
    const origin = process.env.__NEXT_PRIVATE_ORIGIN
    if (!origin) return
    try {
      const response = await fetch(new URL('/api/scheduler/tick', origin), { method: 'POST', headers: { 'x-scheduler-token': schedulerToken() } })
      if (!response.ok) console.error(`[scheduler] tick answered ${response.status}`)
    } catch (error) {
      console.error('[scheduler] tick failed', error)
    }
  }
  setTimeout(tick, 2_000).unref()
  state.kiosqueScheduler = setInterval(tick, TICK_INTERVAL_MS)
  state.kiosqueScheduler.unref()
}
