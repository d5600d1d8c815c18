import { describe, expect, it } from 'vitest'
import { LOCK_HEARTBEAT_MS, LOCK_TTL_MS } from './lock'

describe('editing lock timing', () => {
  it('frees an abandoned lock within a few minutes', () => {
    expect(LOCK_TTL_MS).toBeGreaterThanOrEqual(60_000)
    expect(LOCK_TTL_MS).toBeLessThanOrEqual(5 * 60_000)
  })

  it('keeps an open editor’s lock through a late or lost heartbeat (browsers slow background timers to once a minute)', () => {
    expect(LOCK_HEARTBEAT_MS * 3).toBeLessThanOrEqual(LOCK_TTL_MS)
    expect(Math.max(LOCK_HEARTBEAT_MS, 60_000) * 2).toBeLessThanOrEqual(LOCK_TTL_MS)
  })

})
