import { and, eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articles, auditLog, comments } from '@/db/schema'
import { UserError } from '@/lib/errors'
import type { Viewer } from '@/lib/permissions'
import { fakeClock } from '@/lib/scheduler/clock'
import { runSchedulerTick } from '@/lib/scheduler/tick'
import { makeArticle, makeUser } from '../test-support/factories'
import { restoreArticle, transitionArticle, trashArticles } from './articles-workflow'
import { publishDueArticles } from './scheduler'

const MINUTE = 60_000
const viewerOf = (user: { id: string; name: string; email: string; role: Viewer['role'] }): Viewer => ({ ...user, locale: 'fr' })
const statusOf = async (id: string) => (await db.select().from(articles).where(eq(articles.id, id)))[0]

describe('scheduler with an injectable clock', () => {
  it('publishes a scheduled article at its time, not before, and only once', async () => {
    // In the past, so published dates never outrank other tests' "newest" articles; each test has its own day.
    const due = new Date(Date.now() - 40 * 24 * 60 * MINUTE)
    const article = await makeArticle({ status: 'scheduled', scheduledAt: due })
    const clock = fakeClock(new Date(due.getTime() - 30_000))
    const revalidated: string[] = []
    let result = await runSchedulerTick(clock, (tag) => revalidated.push(tag))
    expect(result.published.map((p) => p.id)).not.toContain(article.id)
    expect((await statusOf(article.id))?.status).toBe('scheduled')

    clock.advance(40_000) // 10 s after its time
    result = await runSchedulerTick(clock, (tag) => revalidated.push(tag))
    expect(result.published).toContainEqual({ id: article.id, slug: article.slug, missed: false })
    const row = await statusOf(article.id)
    expect(row).toMatchObject({ status: 'published', missedSchedule: false, publishedAt: due })
    expect(revalidated).toEqual(expect.arrayContaining(['articles', `article:${article.id}`, `article-slug:${article.slug}`]))

    result = await runSchedulerTick(clock, () => {})
    expect(result.published.map((p) => p.id)).not.toContain(article.id)
  })

  it('publishes schedules missed while the server was down, and flags them', async () => {
    const due = new Date(Date.now() - 41 * 24 * 60 * MINUTE)
    const article = await makeArticle({ status: 'scheduled', scheduledAt: due })
    const startUp = new Date(due.getTime() + 3 * 60 * MINUTE)
    await runSchedulerTick(fakeClock(startUp), () => {})
    expect(await statusOf(article.id)).toMatchObject({ status: 'published', missedSchedule: true, publishedAt: startUp })
  })

  it('purges comment spam and trash once they have sat 30 days, and nothing else', async () => {
    // Dated far in the past so this clock never reaches other tests' rows.
    const binnedAt = new Date(Date.now() - 400 * 24 * 60 * MINUTE)
    const article = await makeArticle({ status: 'published', publishedAt: binnedAt })
    const base = { articleId: article.id, authorName: 'X', authorEmail: 'x@example.org', body: 'x', statusChangedAt: binnedAt }
    const rows = await db
      .insert(comments)
      .values([
        { ...base, status: 'spam' },
        { ...base, status: 'trash' },
        { ...base, status: 'approved' },
        { ...base, status: 'pending' },
      ])
      .returning({ id: comments.id })
    const left = async () =>
      (await db.select({ status: comments.status }).from(comments).where(inArray(comments.id, rows.map((row) => row.id)))).map((row) => row.status).sort()
    const clock = fakeClock(new Date(binnedAt.getTime() + 29 * 24 * 60 * MINUTE))
    expect((await runSchedulerTick(clock, () => {})).purgedComments).toBe(0)
    expect(await left()).toEqual(['approved', 'pending', 'spam', 'trash'])

    clock.advance(2 * 24 * 60 * MINUTE) // day 31
    expect((await runSchedulerTick(clock, () => {})).purgedComments).toBeGreaterThanOrEqual(2)
    expect(await left()).toEqual(['approved', 'pending'])
  })

  it('two instances ticking at once publish each article exactly once', async () => {
    const due = new Date(Date.now() - 42 * 24 * 60 * MINUTE)
    const batch = await Promise.all([1, 2, 3, 4, 5].map(() => makeArticle({ status: 'scheduled', scheduledAt: due })))
    const now = new Date(due.getTime() + 1000)
    const [a, b] = await Promise.all([publishDueArticles(now), publishDueArticles(now)])
    const ids = batch.map((x) => x.id)
    const published = [...a.published, ...b.published].map((p) => p.id).filter((id) => ids.includes(id))
    expect(published.sort()).toEqual([...ids].sort())
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'article.publish'), inArray(auditLog.targetId, ids)))
    expect(audits).toHaveLength(5)
  })
})

describe('workflow transitions at the query layer', () => {
  it('journalist submits own draft; may not publish nor send it back; may not submit someone else’s', async () => {
    const journalist = viewerOf(await makeUser('journalist'))
    const mine = await makeArticle({ authorId: journalist.id })
    const theirs = await makeArticle()
    await transitionArticle(journalist, mine.id, 'submit')
    expect((await statusOf(mine.id))?.status).toBe('in_review')
    await expect(transitionArticle(journalist, mine.id, 'publish')).rejects.toMatchObject({ messageKey: 'errors.forbidden' })
    // Sending it back to the author is the desk's call, even on the journalist's own article.
    await expect(transitionArticle(journalist, mine.id, 'withdraw')).rejects.toMatchObject({ messageKey: 'errors.forbidden' })
    expect((await statusOf(mine.id))?.status).toBe('in_review')
    await expect(transitionArticle(journalist, theirs.id, 'submit')).rejects.toMatchObject({ messageKey: 'newsroom.errors.transitionRefused' })
    expect((await statusOf(theirs.id))?.status).toBe('draft')
  })

  it('the author takes a submission back to draft; not someone else’s, and the desk sends back instead', async () => {
    const journalist = viewerOf(await makeUser('journalist'))
    const mine = await makeArticle({ authorId: journalist.id, status: 'in_review' })
    const theirs = await makeArticle({ status: 'in_review' })
    await transitionArticle(journalist, mine.id, 'recall')
    expect((await statusOf(mine.id))?.status).toBe('draft')
    await expect(transitionArticle(journalist, theirs.id, 'recall')).rejects.toMatchObject({ messageKey: 'newsroom.errors.transitionRefused' })
    expect((await statusOf(theirs.id))?.status).toBe('in_review')
    await expect(transitionArticle(viewerOf(await makeUser('editor')), theirs.id, 'recall')).rejects.toMatchObject({ messageKey: 'errors.forbidden' })
    expect((await statusOf(theirs.id))?.status).toBe('in_review')
  })

  it('editor schedules (future only), publishes, unpublishes, archives; a stale transition is refused', async () => {
    const editor = viewerOf(await makeUser('editor'))
    const article = await makeArticle({ status: 'in_review' })
    await expect(transitionArticle(editor, article.id, 'schedule', { scheduledAt: new Date(Date.now() - MINUTE) })).rejects.toBeInstanceOf(UserError)
    const at = new Date(Date.now() + 60 * MINUTE)
    await transitionArticle(editor, article.id, 'schedule', { scheduledAt: at })
    expect(await statusOf(article.id)).toMatchObject({ status: 'scheduled', scheduledAt: at })
    const { revalidate } = await transitionArticle(editor, article.id, 'publish')
    expect(revalidate).toContain(`article:${article.id}`)
    expect((await statusOf(article.id))?.publishedAt).toBeInstanceOf(Date)
    await expect(transitionArticle(editor, article.id, 'submit')).rejects.toMatchObject({ messageKey: 'newsroom.errors.transitionRefused' })
    await transitionArticle(editor, article.id, 'archive')
    expect((await statusOf(article.id))?.status).toBe('archived')
    const actions = (await db.select().from(auditLog).where(eq(auditLog.targetId, article.id))).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['article.schedule', 'article.publish', 'article.archive']))
  })

  it('moderators move nothing', async () => {
    const moderator = viewerOf(await makeUser('moderator'))
    const article = await makeArticle({ authorId: moderator.id })
    await expect(transitionArticle(moderator, article.id, 'submit')).rejects.toBeInstanceOf(UserError)
    await expect(trashArticles(moderator, [article.id])).rejects.toMatchObject({ messageKey: 'errors.forbidden' })
  })

  it('trash is restorable for 30 days, not after', async () => {
    const editor = viewerOf(await makeUser('editor'))
    const recent = await makeArticle()
    const old = await makeArticle()
    await trashArticles(editor, [recent.id, old.id])
    await db.update(articles).set({ deletedAt: new Date(Date.now() - 31 * 24 * 60 * MINUTE) }).where(eq(articles.id, old.id))
    await restoreArticle(editor, recent.id)
    expect((await statusOf(recent.id))?.deletedAt).toBeNull()
    await expect(restoreArticle(editor, old.id)).rejects.toBeInstanceOf(UserError)
  })
})
