import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { appSecret } from '@/lib/secret'

// The in-process timer calls the app's own tick route (revalidateTag needs a request scope). The token keeps
// strangers from driving it; publishing articles that are due is harmless anyway, so this is a courtesy, not a lock.
export function schedulerToken(): string {
  return createHmac('sha256', appSecret()).update('scheduler-tick').digest('hex')
}

export function isSchedulerToken(value: string | null): boolean {
  const expected = Buffer.from(schedulerToken())
  const given = Buffer.from(value ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
