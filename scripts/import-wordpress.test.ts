// The command's own behaviour: argument errors, a clear stop on a file that is not an export, a dry run's report.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const tsx = path.resolve('node_modules/.bin/tsx')
const fixture = (name: string) => path.resolve('lib/wordpress/fixtures', name)

function importCommand(...args: string[]) {
  const { DATABASE_URL: _unset, ...inherited } = process.env // the embedded database, in memory
  const env: NodeJS.ProcessEnv = { ...inherited, PGLITE_DIR: 'memory://', NODE_ENV: 'production' }
  const result = spawnSync(tsx, ['scripts/import-wordpress.ts', ...args], { env, encoding: 'utf8', timeout: 90_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run import:wordpress', { timeout: 120_000 }, () => {
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
})
