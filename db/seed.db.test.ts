import { count, eq, isNotNull, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { type Db, db } from '@/db'
import { DEMO_STAFF } from './seed-content'
import { migrateDatabase } from './migrate'
import { articles, categories, comments, tags, users } from './schema'
import { isDatabaseEmpty, seedDemo } from './seed'

describe('migrations', () => {
  it('can run again on a migrated database without changing anything', async () => {
    const [before] = await db.select({ n: count() }).from(users)
    await migrateDatabase()
    const [after] = await db.select({ n: count() }).from(users)
    expect(after?.n).toBe(before?.n)
  })
})

// The db project shares one database between files, so the seed runs on an emptied copy inside a
// transaction that is rolled back: the other files' rows are untouched and the seed sees an empty newsroom.
class RolledBack extends Error {}

describe('the demo newsroom', () => {
  it('shows every feature: sections, staff, articles in every status and language, comments in every status', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`truncate ${users}, ${categories}, ${tags} cascade`)
        await checkDemo(tx)
        throw new RolledBack()
      }),
    ).rejects.toBeInstanceOf(RolledBack)
  })
})

async function checkDemo(db: Db) {
  {
    expect(await isDatabaseEmpty(db)).toBe(true)
    const result = await seedDemo(db)
    expect(await isDatabaseEmpty(db)).toBe(false)
    expect(result.categories).toHaveLength(6)
    expect(result.staff.map((person) => person.email)).toEqual(DEMO_STAFF.map((person) => person.email))

    const ids = result.staff.map((person) => person.id)
    const byStatus = await db
      .select({ status: articles.status, language: articles.language, n: count() })
      .from(articles)
      .where(sql`${articles.authorId} in ${ids}`)
      .groupBy(articles.status, articles.language)
    const total = (status: string, language?: string) =>
      byStatus.filter((row) => row.status === status && (!language || row.language === language)).reduce((sum, row) => sum + row.n, 0)
    expect(total('published', 'fr') + total('published', 'en')).toBeGreaterThanOrEqual(60)
    expect(total('published', 'ar')).toBeGreaterThanOrEqual(3)
    for (const status of ['draft', 'in_review', 'scheduled', 'archived']) expect(total(status), status).toBeGreaterThan(0)

    const commentStatuses = await db
      .select({ status: comments.status, n: count() })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(sql`${articles.authorId} in ${ids}`)
      .groupBy(comments.status)
    expect(commentStatuses.map((row) => row.status).sort()).toEqual(['approved', 'pending', 'spam', 'trash'])
    const [replies] = await db.select({ n: count() }).from(comments).where(isNotNull(comments.parentId))
    expect(replies?.n).toBeGreaterThan(0)
  }
}
