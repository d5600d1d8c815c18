// The database the WordPress import writes to: the configured one, migrated. PGlite keeps its buffer pool inside
// this process (128 MB by default, on top of the WebAssembly heap); a bulk import writes once and reads little,
// so it opens the folder with a small pool and stays within a modest memory budget on big exports.
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { drizzle, type PgliteDatabase } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { closeDb, type Db, db as configuredDb } from '@/db'
import { migrateDatabase } from '@/db/migrate'
import { acquireDataDirLock } from '@/db/pglite-files'
import * as schema from '@/db/schema'
import { env } from '@/lib/env'

const IMPORT_SHARED_BUFFERS = '16MB'

export async function openImportDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  if (env.DATABASE_URL) {
    await migrateDatabase()
    return { db: configuredDb, close: closeDb }
  }
  const inMemory = env.PGLITE_DIR === 'memory://' // tests of the command itself
  if (!inMemory) acquireDataDirLock(env.PGLITE_DIR) // the server must not have the folder open meanwhile
  // The options-object form: `new PGlite(undefined, options)` ignores the extensions.
  const pglite = new PGlite({
    ...(inMemory ? {} : { dataDir: env.PGLITE_DIR }),
    extensions: { unaccent, pg_trgm }, // the same extensions as db/index.ts: the migrations create them
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${IMPORT_SHARED_BUFFERS}`],
  })
  const db = drizzle(pglite, { schema })
  await migrate(db, { migrationsFolder: path.resolve(process.cwd(), 'db/migrations') })
  // One cast per driver boundary, as in db/index.ts.
  return { db: db as PgliteDatabase<typeof schema> as unknown as Db, close: () => pglite.close() }
}
