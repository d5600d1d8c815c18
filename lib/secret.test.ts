import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveSecret, secretFile } from './secret'

describe('the signing secret', () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), 'kiosque-secret-'))

  it('prefers AUTH_SECRET, then the file npm start generated', () => {
    const dataDir = dir()
    writeFileSync(secretFile(dataDir), `${'f'.repeat(43)}\n`)
    expect(resolveSecret('from-the-environment-'.repeat(2), dataDir)).toBe('from-the-environment-'.repeat(2))
    expect(resolveSecret(undefined, dataDir)).toBe('f'.repeat(43))
  })

  it('refuses to sign with no secret rather than falling back to a public one', () => {
    expect(() => resolveSecret(undefined, dir())).toThrow(/AUTH_SECRET.*npm start/)
  })
})
