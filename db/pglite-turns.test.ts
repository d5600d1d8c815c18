import { PGlite } from '@electric-sql/pglite'
import { afterAll, describe, expect, it } from 'vitest'
import { takingTurns, turnForQuery } from './pglite-turns'

function busy(ms: number) {
  const end = performance.now() + ms
  while (performance.now() < end);
}

describe('queries taking turns with the event loop', () => {
  it('lets the loop run (accept, read sockets) while a long chain of quick queries is under way', async () => {
    let otherWorkRanAfter: number | null = null
    let done = 0
    setImmediate(() => (otherWorkRanAfter = done))
    for (let i = 0; i < 100; i++) {
      await turnForQuery()
      busy(1) // the query and the code up to the next one
      done++
    }
    // Without turns, the 100 steps are all microtasks and the loop's other work waits for the last one.
    expect(otherWorkRanAfter).not.toBeNull()
    expect(otherWorkRanAfter!).toBeLessThan(30)
  })

  it('does not wait when the turn has time left', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5)) // a later turn: the last slice is over
    expect(turnForQuery()).toBeUndefined()
  })

  it('gives a turn even where setImmediate runs inside the current one (as Next’s patched setImmediate does while it renders)', async () => {
    await turnForQuery()
    busy(12) // this turn’s time for queries is used up
    const real = globalThis.setImmediate
    let captured = 0
    // Next runs the immediates scheduled while it renders right after the current task: here, as microtasks (and,
    // past 1,000, for real, so that a failure ends).
    globalThis.setImmediate = ((callback: () => void) => (++captured > 1_000 ? real(callback) : queueMicrotask(callback))) as unknown as typeof setImmediate
    try {
      await turnForQuery()
    } finally {
      globalThis.setImmediate = real
    }
    expect(captured).toBeLessThan(1_000)
  })

  describe('on a real PGlite', () => {
    const pglite = takingTurns(new PGlite())
    afterAll(() => pglite.close())

    it('answers statements and transactions as before, with the same values and errors', async () => {
      await pglite.exec('create table t (n int primary key)')
      await pglite.transaction(async (tx) => {
        await tx.query('insert into t values ($1)', [1])
        await tx.query('insert into t values ($1)', [2])
      })
      expect((await pglite.query<{ n: number }>('select n from t order by n')).rows).toEqual([{ n: 1 }, { n: 2 }])
      await expect(pglite.query('insert into t values (1)')).rejects.toThrow(/duplicate key/)
    })

    it('keeps the loop turning during 300 queries in a row', async () => {
      let turns = 0
      let stop = false
      const count = () => {
        turns++
        if (!stop) setImmediate(count)
      }
      setImmediate(count)
      for (let i = 0; i < 300; i++) await pglite.query('select $1::int as n', [i])
      stop = true
      expect(turns).toBeGreaterThan(1)
    })
  })
})
