// Child process of the WordPress import (scripts/lib/import-database.ts): creates a new PGlite folder (initdb) and
// migrates it, then exits. PGlite's initdb alone peaks at about 750 MB; in its own short-lived process that memory is
// given back before the import starts, instead of staying the import process's peak. The folder is made under a
// temporary name and renamed into place when complete, so an interrupted creation never leaves a half-made database.
// Prints its own resource usage as JSON on stdout, for the import's report.
import { renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PGLITE_EXTENSIONS } from '@/db/pglite-extensions'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'

const dir = path.resolve(process.argv[2]!)
const temporary = `${dir}.creating-${process.pid}`
const started = performance.now()
try {
  const pglite = new PGlite({ dataDir: temporary, extensions: PGLITE_EXTENSIONS })
  await migrate(drizzle(pglite), { migrationsFolder: path.resolve(process.cwd(), 'db/migrations') })
  await pglite.close()
  rmSync(dir, { recursive: true, force: true }) // an empty folder the user made for it
  renameSync(temporary, dir)
} catch (error) {
  rmSync(temporary, { recursive: true, force: true })
  throw error
}
const usage = process.resourceUsage()
process.stdout.write(JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, wallMs: performance.now() - started }))
