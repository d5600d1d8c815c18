import { describe, expect, it } from 'vitest'
import { driver } from './index'
import { maintainEmbeddedDatabase, MAINTENANCE_EVERY_MS } from './maintenance'

describe('the embedded database’s daily maintenance', () => {
  it('vacuums PGlite once a day, and leaves PostgreSQL to its autovacuum', async () => {
    // Far ahead of every other tick in the suite, which run on real or nearby fake clocks.
    const day = new Date('2100-01-01T00:00:00Z')
    const first = await maintainEmbeddedDatabase(day)
    if (driver === 'postgres') {
      expect(first).toBeNull()
      return
    }
    expect(first?.vacuumMs).toBeGreaterThanOrEqual(0)
    expect(await maintainEmbeddedDatabase(new Date(day.getTime() + MAINTENANCE_EVERY_MS - 60_000))).toBeNull()
    expect(await maintainEmbeddedDatabase(new Date(day.getTime() + MAINTENANCE_EVERY_MS))).not.toBeNull()
  })
})
