// PGlite is one process's database: two processes writing one data folder corrupt it. These helpers keep to that rule.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes the data folder for this process, or stops with a sentence naming the process that holds it. Returns the
 * release: call it once the database is closed, so a process that lives on (`npm start` after migrating, before it
 * starts the server) hands the folder over; a process that exits releases it anyway.
 */
export function acquireDataDirLock(dir: string): () => void {
  const absolute = path.resolve(/*turbopackIgnore: true*/ dir)
  mkdirSync(path.dirname(absolute), { recursive: true }) // PGlite does not create missing parents
  const lockFile = `${absolute}.lock`
  const holder = existsSync(lockFile) ? Number.parseInt(readFileSync(lockFile, 'utf8'), 10) : NaN
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database folder ${dir} is already in use by another running process (pid ${holder}). ` +
        'Stop that process (another `npm start`, the dev server or a test run), or set PGLITE_DIR to another folder.',
    )
  }
  writeFileSync(lockFile, String(process.pid))
  const release = () => {
    process.off('exit', release)
    try {
      if (readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile)
    } catch {
      // already gone
    }
  }
  process.once('exit', release)
  return release
}

/** A private copy of the data folder for one `next build` worker, removed when the worker exits. */
export function snapshotForBuild(dir: string): string {
  const source = path.resolve(/*turbopackIgnore: true*/ dir)
  if (!existsSync(source)) {
    throw new Error(
      `No embedded database at ${dir} to prerender pages from. Run \`npm run db:setup\` (or \`npm start\`, which builds for you) before \`next build\`.`,
    )
  }
  const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosque-build-')), 'pgdata')
  cpSync(source, copy, { recursive: true })
  process.once('exit', () => rmSync(path.dirname(copy), { recursive: true, force: true }))
  return copy
}
