// The command's own behaviour: argument errors, a clear stop on a file that is not an export, a dry run's report.
import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { isSiteRefreshToken } from '@/lib/site-refresh'

const tsx = path.resolve('node_modules/.bin/tsx')
const fixture = (name: string) => path.resolve('lib/wordpress/fixtures', name)

function importCommand(...args: string[]) {
  return importInto('memory://', ...args) // the embedded database, in memory
}

function importInto(pgliteDir: string, ...args: string[]) {
  const { DATABASE_URL: _unset, ...inherited } = process.env
  const env: NodeJS.ProcessEnv = { ...inherited, PGLITE_DIR: pgliteDir, NODE_ENV: 'production' }
  const result = spawnSync(tsx, ['scripts/import-wordpress.ts', ...args], { env, encoding: 'utf8', timeout: 90_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run import:wordpress', { timeout: 120_000 }, () => {
  it('creates a new embedded database in a child process, reports what that cost, then imports into it', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'kiosque-import-new-'))
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }))
    const dir = path.join(parent, 'pglite')
    const report = `${dir}.json`
    const { status, stdout } = importInto(dir, fixture('newsroom-wxr-1.2.xml'), '--site', 'none', '--report', report)
    expect(status).toBe(0)
    expect(stdout).toMatch(/Created the embedded database in [\d.]+ s \(in a child process, which peaked at \d+ MB\)/)
    expect(stdout).toMatch(/post\s+6\s+0\s+0\s+2\s+\d+/)
    expect(existsSync(path.join(dir, 'PG_VERSION'))).toBe(true)
    expect(readdirSync(path.dirname(dir)).filter((name) => name.includes('.creating-'))).toEqual([]) // renamed into place
    const { created } = JSON.parse(readFileSync(report, 'utf8')) as { created: { maxRssKb: number; cpuMs: number; wallMs: number } | null }
    expect(created?.maxRssKb).toBeGreaterThan(0)
    // Into the folder that now exists: no child, and nothing new.
    const again = importInto(dir, fixture('newsroom-wxr-1.2.xml'), '--site', 'none')
    expect(again.status).toBe(0)
    expect(again.stdout).not.toContain('Created the embedded database')
    expect(again.stdout).toMatch(/post\s+0\s+0\s+6\s+2\s+\d+/)
  })

  it('refuses a missing file and a language it does not know, with the usage', () => {
    const { status, stderr } = importCommand('nowhere.xml', '--default-language', 'de')
    expect(status).toBe(2)
    expect(stderr).toContain('nowhere.xml does not exist or is not a file.')
    expect(stderr).toContain('--default-language must be fr or en, not "de".')
    expect(stderr).toContain('Usage: npm run import:wordpress -- <export.xml>')
  })

  it('refuses a file that is not a WordPress export before opening the database, naming the line and column', () => {
    const { status, stderr } = importCommand(fixture('not-wxr.xml'))
    expect(status).toBe(1)
    expect(stderr).toContain('Import stopped: line 2, column 20: this is not a WordPress export (WXR)')
    expect(stderr).toContain('Nothing was written.')
  })

  it('prints what a dry run would import, as a table with warnings and unknown shortcodes', () => {
    const { status, stdout } = importCommand(fixture('newsroom-wxr-1.2.xml'), '--dry-run')
    expect(status).toBe(0)
    expect(stdout).toContain('Dry run (nothing will be written)')
    expect(stdout).toContain('Would import from wordpress:https://courrier.example.org (WXR 1.2)')
    expect(stdout).toMatch(/post\s+6\s+0\s+0\s+2\s+\d+/)
    expect(stdout).toMatch(/comment\s+6\s+0\s+0\s+1\s+\d+/)
    expect(stdout).toContain('Unknown shortcodes kept as text: [contact-form-7] ×1, [playlist] ×1')
  })

  it('tells the running site to refresh its cache, with the token from the shared secret', async () => {
    const secret = 'cli-test-secret-that-is-long-enough-0123456789'
    const received: { authorized: boolean; tags: string[] }[] = []
    const site = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk))
      request.on('end', () => {
        const authorized = request.url === '/api/site-refresh' && isSiteRefreshToken(secret, request.headers.authorization ?? null)
        received.push({ authorized, tags: (JSON.parse(body) as { tags: string[] }).tags })
        response.writeHead(authorized ? 200 : 403, { 'content-type': 'application/json' }).end('{}')
      })
    })
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
    try {
      const run = (env: Record<string, string>, ...args: string[]) =>
        new Promise<{ status: number | null; stdout: string }>((resolve) => {
          const { DATABASE_URL: _unset, ...inherited } = process.env
          const child = spawn(tsx, ['scripts/import-wordpress.ts', ...args], { env: { ...inherited, PGLITE_DIR: 'memory://', ...env } })
          let stdout = ''
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
          child.on('exit', (status) => resolve({ status, stdout }))
        })
      const imported = await run({ AUTH_SECRET: secret }, fixture('blog-wxr-1.1.xml'), '--site', url)
      expect(imported.status).toBe(0)
      expect(imported.stdout).toContain(`Refreshed the site at ${url}`)
      expect(received[0]).toMatchObject({ authorized: true, tags: expect.arrayContaining(['article-slug:bonjour-tout-le-monde']) })

      const wrongSecret = await run({ AUTH_SECRET: `${secret}-other` }, '--refresh-site', '--site', url)
      expect(wrongSecret.status).toBe(1)
      expect(wrongSecret.stdout).toContain(`The site at ${url} refused the refresh`)
    } finally {
      site.close()
    }
  })

  it('says what to do when the site does not answer', async () => {
    const probe = createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const port = (probe.address() as AddressInfo).port // free a moment ago: nothing listens there now
    await new Promise((resolve) => probe.close(resolve))
    const { status, stdout } = importCommand('--refresh-site', '--site', `http://127.0.0.1:${port}`)
    expect(status).toBe(1)
    expect(stdout).toContain(`The site at http://127.0.0.1:${port} did not answer (ECONNREFUSED)`)
    expect(stdout).toContain('npm run import:wordpress -- --refresh-site')
  })
})
