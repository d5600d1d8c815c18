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
//
// A turn ends in the loop's check phase, where Node runs setImmediate callbacks. Next replaces setImmediate in the
// server and, while it renders, runs immediates right after the current task, inside the same turn
// (next/dist/server/node-environment-extensions/fast-set-immediate.external.js): a query waiting there for a new turn
// never saw one, and the server spun at 100 % CPU. So the turns use Node's own setImmediate, which Next keeps under a
// global key; and a query that has waited MAX_WAITS times runs anyway, whatever setImmediate does.
import type { PGlite } from '@electric-sql/pglite'

const SLICE_MS = 10
const MAX_WAITS = 50

type Originals = { setImmediate?: typeof setImmediate }
function nodeSetImmediate(callback: () => void): void {
  const originals = (globalThis as Record<symbol, Originals | undefined>)[Symbol.for('next.fast-set-immediate.originals')]
  ;(originals?.setImmediate ?? setImmediate)(callback)
}

/** When the current turn began running queries; reset in the loop's check phase, once per turn. */
let sliceStartedAt: number | null = null

function mayRunNow(): boolean {
  const now = performance.now()
  if (sliceStartedAt === null) {
    sliceStartedAt = now
    nodeSetImmediate(() => (sliceStartedAt = null))
    return true
  }
  return now - sliceStartedAt < SLICE_MS
}

/** Nothing to wait for while this turn has time left; otherwise resolves in the first later turn that has. */
export function turnForQuery(): Promise<void> | undefined {
  if (mayRunNow()) return undefined
  return new Promise((resolve) => {
    let waits = 0
    const retry = () => (mayRunNow() || ++waits >= MAX_WAITS ? resolve() : nodeSetImmediate(retry))
    nodeSetImmediate(retry)
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
