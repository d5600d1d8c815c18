import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db, driver } from '@/db'
import { restoreSearchIndexAfterImport } from '@/db/migrate'
import { articles } from '@/db/schema'
import { fixtureAsSite, testFolder } from './fixture-sites'
import { ImportFailedError, importWordPress } from './import'

const tmp = testFolder('search')
const asSite = (name: string, host: string) => fixtureAsSite(name, host, tmp)

const indexOptions = async () =>
  (await db.select({ options: sql<string[] | null>`reloptions` }).from(sql`pg_catalog.pg_class`).where(sql`oid = to_regclass('articles_search_idx')`))[0]!.options

/** Pages still in GIN's pending list: merging them now reports how many there were. */
const pendingPages = async () => (await db.select({ n: sql<number>`pg_catalog.gin_clean_pending_list('articles_search_idx'::regclass)::int` }).from(sql`(select 1) as one`))[0]!.n

const found = async (query: string) =>
  (await db.select({ id: articles.id }).from(articles).where(sql`${articles.status} = 'published' and ${articles}.search_document @@ websearch_to_tsquery('public.kiosque_fr', ${query})`)).length

// The import parks search entries in GIN's pending list on PGlite (import.ts, deferSearchIndexMerge); whatever way it
// ends, the index must be back as migration 0004 made it: no pending list, nothing pending, every article findable.
describe('the search index around an import', () => {
  it('ends without a pending list, nothing pending, the imported articles searchable', async () => {
    await importWordPress(db, { file: asSite('newsroom-wxr-1.2.xml', 'search.example.net'), mediaDir: tmp })
    expect(await indexOptions()).toEqual(['fastupdate=off'])
    expect(await pendingPages()).toBe(0)
    expect(await found('municipales second tour')).toBeGreaterThanOrEqual(1)
  })

  it('is restored when the import stops on a broken file', async () => {
    const error = await importWordPress(db, { file: asSite('truncated.xml', 'search-stopped.example.net'), mediaDir: tmp, batchSize: { posts: 1, comments: 100 } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFailedError)
    expect(await indexOptions()).toEqual(['fastupdate=off'])
    expect(await pendingPages()).toBe(0)
  })

  it.runIf(driver === 'pglite')('is restored by the migrations after an import that was killed before its end', async () => {
    await db.execute(sql`alter index articles_search_idx set (fastupdate = on)`) // what a killed import leaves
    await restoreSearchIndexAfterImport(db)
    expect(await indexOptions()).toEqual(['fastupdate=off'])
    expect(await pendingPages()).toBe(0)
  })
})
