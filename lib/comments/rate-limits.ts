import 'server-only'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { driver } from '@/db'
import { env } from '@/lib/env'
import { outsideRequest } from '@/lib/outside-request'
import { databaseLimiter, isRateLimited } from '@/lib/rate-limit'
import type { CommentSettings } from './settings'

// rate-limiter-flexible on Redis when REDIS_URL is set; otherwise on PostgreSQL (survives restarts, shared by
// instances), or in memory on PGlite. PGlite is one process by construction (it locks its folder), so memory is
// exact there, and a post no longer pays for four write transactions on PGlite's single thread; the counters start
// again after a restart. One limiter per (rule, points, duration): a changed setting gets a fresh limiter.
// On globalThis: Next bundles each route handler and server action separately, each with its own copy of this
// module, and in-memory counters must be one set per process (the report action and the comment route share it).
const shared = globalThis as unknown as { kiosqueCommentLimiters?: Map<string, RateLimiterAbstract> }
const limiters = (shared.kiosqueCommentLimiters ??= new Map<string, RateLimiterAbstract>())
let redisClient: Promise<unknown> | null = null

async function redis() {
  redisClient ??= import('ioredis').then(({ Redis }) => new Redis(env.REDIS_URL!, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }))
  return redisClient
}

async function limiter(name: string, points: number, duration: number): Promise<RateLimiterAbstract> {
  const keyPrefix = `comment-${name}-${points}-${duration}`
  const existing = limiters.get(keyPrefix)
  if (existing) return existing
  const created = env.REDIS_URL
    ? new RateLimiterRedis({ storeClient: await redis(), keyPrefix, points, duration })
    : driver === 'pglite'
      ? new RateLimiterMemory({ keyPrefix, points, duration })
      : databaseLimiter({ keyPrefix, points, duration })
  limiters.set(keyPrefix, created)
  return created
}

/**
 * Consumes one comment for this address and this email: at most one per `floodSeconds` (WordPress's flood check)
 * and `maxPerHour` per hour, each. Returns the seconds to wait when a limit is exceeded, else null.
 */
export async function consumeCommentAllowance(ip: string, email: string, settings: CommentSettings): Promise<number | null> {
  const rules = [
    ...(settings.floodSeconds > 0 ? [await limiter('flood', 1, settings.floodSeconds)] : []),
    await limiter('hour', settings.maxPerHour, 3600),
  ]
  const keys = [`ip:${ip}`, `email:${email.toLowerCase()}`]
  // Outside the request: the in-memory limiter's expiry timers would otherwise keep the request alive an hour.
  const results = await Promise.allSettled(rules.flatMap((rule) => keys.map((key) => outsideRequest(() => rule.consume(key)))))
  let wait = 0
  for (const result of results) {
    if (result.status === 'fulfilled') continue
    if (!isRateLimited(result.reason)) throw result.reason
    wait = Math.max(wait, Math.ceil(result.reason.msBeforeNext / 1000))
  }
  return wait > 0 ? wait : null
}

/** Reports: a generous cap per address, so one person cannot hide a comment alone by flooding reports. */
export async function consumeReportAllowance(ip: string): Promise<number | null> {
  const rule = await limiter('report', 20, 3600)
  try {
    await outsideRequest(() => rule.consume(`ip:${ip}`))
    return null
  } catch (error) {
    if (!isRateLimited(error)) throw error
    return Math.ceil(error.msBeforeNext / 1000)
  }
}
