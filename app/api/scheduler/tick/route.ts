import { env } from '@/lib/env'
import { expireTags } from '@/lib/expire-tags'
import { fakeClock, systemClock } from '@/lib/scheduler/clock'
import { runSchedulerTick } from '@/lib/scheduler/tick'
import { isSchedulerToken } from '@/lib/scheduler/token'

// Called every 30 s by the in-process timer (lib/scheduler/start.ts). With KIOSQUE_TEST_CLOCK=1 (e2e only) a
// test may pass ?now=<ISO date> to run a tick at a time of its choosing, instead of waiting for the real one.
export async function POST(request: Request) {
  const testNow = env.KIOSQUE_TEST_CLOCK ? new URL(request.url).searchParams.get('now') : null
  if (!testNow && !isSchedulerToken(request.headers.get('x-scheduler-token'))) {
    return Response.json({ error: 'forbidden' }, { status: 403 })
  }
  const clock = testNow ? fakeClock(new Date(testNow)) : systemClock
  if (Number.isNaN(clock.now().getTime())) return Response.json({ error: 'bad date' }, { status: 400 })
  // A scheduled article must show at its time, not on the visit after next: expire at once rather than serve stale.
  const result = await runSchedulerTick(clock, (tag) => expireTags([tag], 'request'))
  return Response.json(result)
}
