// Test support for the import's database tests: the committed WXR fixtures (lib/wordpress/fixtures) copied as the
// export of another site, so that each test's WordPress ids, guids and permalinks are its own in a shared database.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const FIXTURES = path.resolve(import.meta.dirname, '../../../lib/wordpress/fixtures')
const FIXTURE_HOSTS = ['courrier.example.org', 'blog.example.com', 'piege.example.org']

/** A folder of its own for one test file: its site copies and the media the import writes. */
export const testFolder = (name: string) => mkdtempSync(path.join(os.tmpdir(), `kiosque-wxr-${name}-`))

/** A fixture (its name, or a path) as `host`'s export, written into `folder`. latin1 round-trips the bytes as they are. */
export function fixtureAsSite(fixture: string, host: string, folder: string): string {
  const out = path.join(folder, `${host}-${path.basename(fixture)}`)
  const text = FIXTURE_HOSTS.reduce((xml, original) => xml.replaceAll(original, host), readFileSync(path.resolve(FIXTURES, fixture), 'latin1'))
  writeFileSync(out, text, 'latin1')
  return out
}
