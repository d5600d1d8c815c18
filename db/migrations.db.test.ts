// Migration 0005 converts rows that already exist: a database migrated up to 0004, with a tag and bios written
// then, is migrated to the end and keeps every name and bio (as the French one). Its own in-memory PGlite.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { describe, expect, it } from 'vitest'
import { driver } from './index'
import { PGLITE_EXTENSIONS } from './pglite-extensions'

const MIGRATIONS = path.resolve(import.meta.dirname, 'migrations')

/** A copy of the migrations folder that stops after migration `last`. */
function migrationsUpTo(last: number): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosque-migrations-'))
  cpSync(MIGRATIONS, folder, { recursive: true })
  const journalPath = path.join(folder, 'meta/_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] }
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((entry) => entry.idx <= last) }))
  return folder
}

describe.runIf(driver === 'pglite')('migration 0005: tags and bios per language', () => {
  it('keeps existing tag names and bios as the French ones, and an empty bio becomes none', async () => {
    const client = new PGlite({ extensions: PGLITE_EXTENSIONS })
    const db = drizzle(client)
    try {
      await migrate(db, { migrationsFolder: migrationsUpTo(4) })
      await db.execute(sql`insert into tags (slug, name) values ('emploi', 'Emploi'), ('guillemets', 'Le "mot" d’avant')`)
      await db.execute(sql`insert into users (email, name, slug, bio) values
        ('a@x.test', 'A', 'a', 'Journaliste culture.'), ('b@x.test', 'B', 'b', ''), ('c@x.test', 'C', 'c', null)`)
      await migrate(db, { migrationsFolder: MIGRATIONS })
      const tags = await db.execute<{ slug: string; name: unknown }>(sql`select slug, name from tags order by slug`)
      expect(tags.rows).toEqual([
        { slug: 'emploi', name: { fr: 'Emploi' } },
        { slug: 'guillemets', name: { fr: 'Le "mot" d’avant' } },
      ])
      const bios = await db.execute<{ slug: string; bio: unknown }>(sql`select slug, bio from users order by slug`)
      expect(bios.rows).toEqual([
        { slug: 'a', bio: { fr: 'Journaliste culture.' } },
        { slug: 'b', bio: null },
        { slug: 'c', bio: null },
      ])
    } finally {
      await client.close()
    }
  }, 60_000)
})
