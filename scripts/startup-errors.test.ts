// Bad configuration stops `npm start` with one clear sentence, before anything is written.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { acquireDataDirLock } from '@/db/pglite-files'

const tsx = path.resolve('node_modules/.bin/tsx')

function run(script: string, env: Record<string, string>) {
  const result = spawnSync(tsx, [script], { env: { ...process.env, ...env, NODE_ENV: 'production' }, encoding: 'utf8', timeout: 60_000 })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('start-up errors', () => {
  it('names DATABASE_URL and the host when PostgreSQL is unreachable', () => {
    const { status, output } = run('scripts/db-setup.ts', { DATABASE_URL: 'postgres://kiosque@127.0.0.1:1/kiosque' })
    expect(status).toBe(1)
    expect(output).toContain('Cannot reach PostgreSQL at 127.0.0.1:1 (DATABASE_URL): ECONNREFUSED')
  })

  it('rejects a DATABASE_URL that is not a PostgreSQL URL', () => {
    const { status, output } = run('scripts/db-setup.ts', { DATABASE_URL: 'mysql://root@localhost/db' })
    expect(status).toBe(1)
    expect(output).toContain('DATABASE_URL must start with postgres:// or postgresql://')
  })

  it('says the port is in use and how to choose another', async () => {
    const server = net.createServer().listen(0)
    await new Promise((resolve) => server.once('listening', resolve))
    const port = (server.address() as net.AddressInfo).port
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-start-'))
    const { status, output } = run('scripts/start.ts', { PORT: String(port), DATA_DIR: dataDir, PGLITE_DIR: path.join(dataDir, 'pglite') })
    server.close()
    expect(status).toBe(1)
    expect(output).toContain(`Port ${port} is already in use`)
    expect(output).toContain(`PORT=${port + 1} npm start`)
  })

  it('refuses a PGlite folder held by another running process', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosque-lock-')), 'pglite')
    writeFileSync(`${dir}.lock`, String(process.ppid)) // a live process that is not this one
    expect(() => acquireDataDirLock(dir)).toThrow(/already in use by another running process \(pid \d+\)/)
  })

  // `npm start` migrates and seeds in its own process, then starts the server as a child while it lives on: a lock
  // kept after closing made every uncached page of that server fail with "already in use".
  // A new folder: PGlite's initdb takes 3–5 s alone, more while the other test files run.
  it('hands the PGlite folder over when the database is closed, while the process lives on', { timeout: 60_000 }, () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosque-lock-')), 'pglite')
    const { status, output } = run('test/fixtures/open-and-close-database.ts', { PGLITE_DIR: dir, DATABASE_URL: '' })
    expect(status, output).toBe(0)
    expect(JSON.parse(output)).toEqual({ lockedWhileOpen: true, lockedAfterClose: false })
    expect(() => acquireDataDirLock(dir)).not.toThrow()
  })

  it('takes over a lock left by a process that has died', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosque-lock-')), 'pglite')
    writeFileSync(`${dir}.lock`, '999999')
    expect(() => acquireDataDirLock(dir)).not.toThrow()
  })
})
