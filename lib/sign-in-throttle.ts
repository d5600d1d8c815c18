import 'server-only'
import { databaseLimiter, isRateLimited } from './rate-limit'

// Five failed tries per account or per address are free; after that each further failure doubles the wait
// (30 s, 1 min, 2 min … up to 15 min). A success clears the account's count.
const FREE_TRIES = 5
const MAX_WAIT_SECONDS = 15 * 60

const failures = databaseLimiter({ keyPrefix: 'signin-fail', points: 10_000, duration: 60 * 60 })
const lockout = databaseLimiter({ keyPrefix: 'signin-lock', points: 1, duration: 1 })

const keys = (email: string, ip: string) => [`account:${email.toLowerCase()}`, `ip:${ip}`]

/** Seconds left before this account or address may try again; 0 when it may try now. */
export async function secondsUntilNextTry(email: string, ip: string): Promise<number> {
  const states = await Promise.all(keys(email, ip).map((key) => lockout.get(key)))
  const waits = states.map((state) => (state && state.consumedPoints > 1 ? Math.ceil(state.msBeforeNext / 1000) : 0))
  return Math.max(0, ...waits)
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  for (const key of keys(email, ip)) {
    const result = await failures.penalty(key, 1)
    const over = result.consumedPoints - FREE_TRIES
    if (over > 0) await lockout.block(key, Math.min(MAX_WAIT_SECONDS, 30 * 2 ** (over - 1)))
  }
}

export async function clearFailedSignIns(email: string): Promise<void> {
  const [account] = keys(email, '')
  if (!account) return
  await Promise.all([failures.delete(account), lockout.delete(account)]).catch((error: unknown) => {
    if (!isRateLimited(error)) throw error
  })
}
