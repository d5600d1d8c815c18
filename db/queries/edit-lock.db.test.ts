import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articles } from '@/db/schema'
import type { Viewer } from '@/lib/permissions'
import { makeArticle, makeUser } from '../test-support/factories'
import { acquireLock, RELEASE_GRACE_MS, releaseLock, takeOverLock } from './articles-workflow'

const viewerOf = (user: { id: string; name: string; email: string; role: Viewer['role'] }): Viewer => ({ ...user, locale: 'fr' })
const holderOf = async (id: string) => (await db.select({ holder: articles.lockedById }).from(articles).where(eq(articles.id, id)))[0]?.holder

describe('leaving the editor releases the lock', () => {
  it('frees the viewer’s own lock at once, so the next person can edit without waiting for it to go stale', async () => {
    const first = viewerOf(await makeUser('editor'))
    const second = viewerOf(await makeUser('editor'))
    const article = await makeArticle()
    const opened = new Date(Date.now() - 60_000)
    expect(await acquireLock(first, article.id, opened)).toMatchObject({ mine: true })
    expect(await acquireLock(second, article.id)).toMatchObject({ mine: false })
    expect(await releaseLock(first, article.id)).toBe(true)
    expect(await holderOf(article.id)).toBeNull()
    expect(await acquireLock(second, article.id)).toMatchObject({ mine: true })
  })

  it('never releases someone else’s lock (a late beacon from the editor whose lock was taken over)', async () => {
    const first = viewerOf(await makeUser('editor'))
    const second = viewerOf(await makeUser('editor'))
    const article = await makeArticle()
    await acquireLock(first, article.id, new Date(Date.now() - 60_000))
    await takeOverLock(second, article.id, new Date(Date.now() - 60_000))
    expect(await releaseLock(first, article.id)).toBe(false)
    expect(await holderOf(article.id)).toBe(second.id)
  })

  it('keeps a lock taken in the last seconds: on a reload the old page’s beacon may land after the new page took it', async () => {
    const editor = viewerOf(await makeUser('editor'))
    const article = await makeArticle()
    const now = new Date()
    await acquireLock(editor, article.id, new Date(now.getTime() - RELEASE_GRACE_MS + 1000))
    expect(await releaseLock(editor, article.id, now)).toBe(false)
    expect(await holderOf(article.id)).toBe(editor.id)
  })
})
