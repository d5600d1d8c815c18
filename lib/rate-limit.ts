import 'server-only'
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible'
import { db } from '@/db'
import { rateLimits } from '@/db/schema'

// Counters live in the database (both drivers), so limits survive restarts and are shared by app instances.
export function databaseLimiter(options: { keyPrefix: string; points: number; duration: number; blockDuration?: number }) {
  return new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, clearExpiredByTimeout: false, ...options })
}

export function isRateLimited(error: unknown): error is RateLimiterRes {
  return error instanceof RateLimiterRes
}
