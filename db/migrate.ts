// migrateDatabase(): the one migration runner, for both drivers (start script, tests, CI, benchmarks).
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import postgres from 'postgres'
import { env } from '@/lib/env'
import { type Db, getConnection } from './index'

const migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations')

export async function migrateDatabase(): Promise<void> {
  if (env.DATABASE_URL) {
    // The postgres-js migrator wants a single connection of its own.
    const client = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} })
    try {
      await migratePostgres(drizzlePostgres(client), { migrationsFolder })
    } finally {
      await client.end({ timeout: 5 })
    }
    return
  }
  const { db } = getConnection()
  // Same class at run time; the shared Db type only hides the driver-specific subclass.
  await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder })
  await restoreSearchIndexAfterImport(db)
}

/**
 * A WordPress import into PGlite parks new search entries in GIN's pending list and merges it when it ends
 * (db/import/wordpress/import.ts). An import killed before that left the list on, which PGlite never merges:
 * searches would stay correct but slow. Starting the site puts the index back as migration 0004 wants it.
 */
export async function restoreSearchIndexAfterImport(db: Db): Promise<void> {
  const [index] = await db
    .select({ options: sql<string[] | null>`reloptions` })
    .from(sql`pg_catalog.pg_class`)
    .where(sql`oid = to_regclass('articles_search_idx')`)
  if (!index?.options?.includes('fastupdate=on')) return
  await db.execute(sql`alter index articles_search_idx set (fastupdate = off)`)
  await db.execute(sql`select pg_catalog.gin_clean_pending_list('articles_search_idx'::regclass)`)
}
