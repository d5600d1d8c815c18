// Picks the driver once per process: postgres.js when DATABASE_URL is set, embedded PGlite otherwise.
// Scripts import this module too, so it is not 'server-only'. Nothing connects at import time: the first query
// opens the database (opening during `next build` module evaluation would hang or corrupt it; see NOTES.md).
import { PGlite } from '@electric-sql/pglite'
import { PGLITE_EXTENSIONS } from './pglite-extensions'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { env, isBuildPhase } from '@/lib/env'
import { acquireDataDirLock, snapshotForBuild } from './pglite-files'
import { takingTurns } from './pglite-turns'
import * as schema from './schema'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>
export type Driver = 'postgres' | 'pglite'

type Connection = { db: Db; driver: Driver; close: () => Promise<void>; pglite?: PGlite }

// KIOSQUE_COUNT_QUERIES=true: every statement is written to stderr with a running number, so a benchmark (or a
// person) can count the round trips one page render makes. Off by default, and then no logger is installed at all.
let queryCount = 0
const queryLogger = env.KIOSQUE_COUNT_QUERIES
  ? {
      logQuery(query: string, params: unknown[]) {
        queryCount += 1
        // One line per statement, with its parameters, so `npm run bench` can count and EXPLAIN them.
        process.stderr.write(`[kiosque:query] #${queryCount} ${query.replace(/\s+/g, ' ')} -- params: ${JSON.stringify(params).slice(0, 2000)}\n`)
      },
    }
  : undefined

export const driver: Driver = env.DATABASE_URL ? 'postgres' : 'pglite'

// PostgreSQL's default 128 MB of shared buffers lives inside PGlite's WebAssembly memory, in every process that
// opens the database, and is never given back. PGlite reads its files through Node, whose reads the kernel caches
// anyway: 32 MB takes 80–100 MB off each process's resident memory (process.memoryUsage() after opening the
// bench corpus: 358 → 251 MB).
const PGLITE_CONF = ['shared_buffers = 32MB']

/** The database and what closing it involves: the folder's lock is released once PGlite has let go of its files. */
function openPglite(dir: string): { pglite: PGlite; close: () => Promise<void> } {
  const options = { extensions: PGLITE_EXTENSIONS, postgresqlconf: PGLITE_CONF }
  const unlocked = (pglite: PGlite) => ({ pglite, close: () => pglite.close() })
  if (dir === 'memory://') return unlocked(new PGlite(options))
  // The build prerenders pages in worker processes; each reads a private copy so none touches the live folder.
  if (isBuildPhase) return unlocked(new PGlite(snapshotForBuild(dir), options))
  const release = acquireDataDirLock(dir)
  const pglite = new PGlite(dir, options)
  return { pglite, close: () => pglite.close().finally(release) }
}

function connect(): Connection {
  if (env.DATABASE_URL) {
    // Two cores: a small pool keeps PostgreSQL's CPU for queries rather than connection switching.
    const client = postgres(env.DATABASE_URL, { max: 8, onnotice: () => {}, connect_timeout: 10 })
    // One cast per driver boundary: each drizzle() returns its own subclass of PgDatabase.
    const db = drizzlePostgres(client, { schema, logger: queryLogger }) as unknown as Db
    return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) }
  }
  const { pglite, close } = openPglite(env.PGLITE_DIR)
  const db = drizzlePglite(takingTurns(pglite), { schema, logger: queryLogger }) as unknown as Db
  return { db, driver: 'pglite', pglite, close }
}

// One connection per process, kept across hot reloads and across Next's separately bundled server chunks.
const globalForDb = globalThis as unknown as { kiosqueConnection?: Connection }

export function getConnection(): Connection {
  return (globalForDb.kiosqueConnection ??= connect())
}

/** Closes the process's connection (scripts and tests); the next query opens a new one. */
export async function closeDb(): Promise<void> {
  const connection = globalForDb.kiosqueConnection
  globalForDb.kiosqueConnection = undefined
  await connection?.close()
}

// `db` reads like a plain Drizzle instance, but opens the connection on first use.
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = getConnection().db
    const value: unknown = Reflect.get(real, property, real)
    return typeof value === 'function' ? value.bind(real) : value
  },
})

/**
 * A statement Drizzle builds once per connection, for the hottest queries: building a query with subqueries took
 * longer than PGlite took to run it (the comment checks: 1.24 → 0.83 ms a call). Its values are sql.placeholder()s,
 * given to execute(). Built on first use, like the connection, and again for a new connection.
 */
export function preparedStatement<T>(build: (db: Db) => T): () => T {
  const built = new WeakMap<Db, T>()
  return () => {
    const real = getConnection().db
    let statement = built.get(real)
    if (statement === undefined) built.set(real, (statement = build(real)))
    return statement
  }
}

export { schema }
