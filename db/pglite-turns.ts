// PGlite runs on the server's one thread, and its queries resolve without waiting for any I/O, so a request on
// PGlite runs from its first query to its answer without giving the event loop a turn. Under load, one turn of the
// loop ran every request in flight: 185–460 ms a turn with 64 comment posts at once (a setImmediate probe in the
// server, npm run bench). Node accepts one new connection per turn (libuv 1.45 and later), so readers' new
// connections waited seconds to be accepted, a few past the load generator's 10 s timeout. On PostgreSQL each query
// waits for the database's socket, which gives the loop its turns.
//
// Here every query first checks how long the current turn has run its queries: past SLICE_MS, it waits for a later
// turn. A turn stays short, and the loop accepts connections and reads sockets between queries. The work is the
// same; it is only taken in turns.
import type { PGlite } from '@electric-sql/pglite'

const SLICE_MS = 10

/** When the current turn began running queries; reset in the loop's check phase, once per turn. */
let sliceStartedAt: number | null = null

function mayRunNow(): boolean {
  const now = performance.now()
  if (sliceStartedAt === null) {
    sliceStartedAt = now
    setImmediate(() => (sliceStartedAt = null))
    return true
  }
  return now - sliceStartedAt < SLICE_MS
}

/** Nothing to wait for while this turn has time left; otherwise resolves in the first later turn that has. */
export function turnForQuery(): Promise<void> | undefined {
  if (mayRunNow()) return undefined
  return new Promise((resolve) => {
    const retry = () => (mayRunNow() ? resolve() : setImmediate(retry))
    setImmediate(retry)
  })
}

/** The same PGlite, whose statements and transactions (not the statements inside a transaction) take turns. */
export function takingTurns(pglite: PGlite): PGlite {
  const { query, exec, transaction } = pglite
  const inTurn =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await turnForQuery()
      return run.apply(pglite, args)
    }
  return Object.assign(pglite, {
    query: inTurn(query) as PGlite['query'],
    exec: inTurn(exec),
    transaction: inTurn(transaction) as PGlite['transaction'],
  })
}
