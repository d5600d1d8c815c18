// The database the WordPress import writes to: the configured one, migrated. PGlite keeps its buffer pool inside
// this process (128 MB by default, on top of the WebAssembly heap); a bulk import writes once and reads little,
// so it opens the folder with a small pool and stays within a modest memory budget on big exports. A folder that
// does not exist yet is created (initdb, about 750 MB at its peak) and migrated by a short-lived child process first.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { PGLITE_EXTENSIONS } from '@/db/pglite-extensions'
import { drizzle, type PgliteDatabase } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { closeDb, type Db, db as configuredDb } from '@/db'
import { migrateDatabase } from '@/db/migrate'
import { acquireDataDirLock } from '@/db/pglite-files'
import * as schema from '@/db/schema'
import { env } from '@/lib/env'

const IMPORT_SHARED_BUFFERS = '16MB'

/** What creating a new PGlite folder cost its child process (null: the database already existed). */
export type CreatedDatabase = { maxRssKb: number; cpuMs: number; wallMs: number } | null

export async function openImportDatabase(): Promise<{ db: Db; close: () => Promise<void>; created: CreatedDatabase }> {
  if (env.DATABASE_URL) {
    await migrateDatabase()
    return { db: configuredDb, close: closeDb, created: null }
  }
  const inMemory = env.PGLITE_DIR === 'memory://' // tests of the command itself
  const release = inMemory ? () => {} : acquireDataDirLock(env.PGLITE_DIR) // the server must not have the folder open meanwhile
  const created = !inMemory && isNewFolder(env.PGLITE_DIR) ? await createFolderInChild(env.PGLITE_DIR) : null
  // The options-object form: `new PGlite(undefined, options)` ignores the extensions.
  const pglite = new PGlite({
    ...(inMemory ? {} : { dataDir: env.PGLITE_DIR }),
    extensions: PGLITE_EXTENSIONS,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${IMPORT_SHARED_BUFFERS}`],
  })
  const db = drizzle(pglite, { schema })
  await migrate(db, { migrationsFolder: path.resolve(process.cwd(), 'db/migrations') })
  // One cast per driver boundary, as in db/index.ts.
  return { db: db as PgliteDatabase<typeof schema> as unknown as Db, close: () => pglite.close().finally(release), created }
}

const isNewFolder = (dir: string) => !existsSync(dir) || (statSync(dir).isDirectory() && readdirSync(dir).length === 0)

/** initdb and the migrations in a child process (create-pglite-folder.ts): its 750 MB peak ends with it. */
async function createFolderInChild(dir: string): Promise<NonNullable<CreatedDatabase>> {
  const script = fileURLToPath(new URL('./create-pglite-folder.ts', import.meta.url))
  // Same Node options as this process: the TypeScript loader (tsx) and the memory flags.
  const child = spawn(process.execPath, [...process.execArgv, script, dir], { stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve))
  if (code !== 0) throw new Error(`Creating the embedded database in ${dir} failed (exit code ${code}).`)
  return JSON.parse(output) as NonNullable<CreatedDatabase>
}
