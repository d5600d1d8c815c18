// migrateDatabase(): the one migration runner, for both drivers (start script, tests, CI, benchmarks).
import path from 'node:path'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import postgres from 'postgres'
import { env } from '@/lib/env'
import { getConnection } from './index'

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
}
