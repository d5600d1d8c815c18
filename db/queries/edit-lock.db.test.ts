import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articles } from '@/db/schema'
import type { Viewer } from '@/lib/permissions'
import { makeArticle, makeUser } from '../test-support/factories'
import { LOCK_TTL_MS } from '@/lib/editor/lock'
import { acquireLock, refreshLock, releaseLock, takeOverLock } from './articles-workflow'

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

  it('frees the lock of a tab closed just after an autosave or heartbeat refreshed it', async () => {
    const journalist = viewerOf(await makeUser('journalist'))
    const editor = viewerOf(await makeUser('editor'))
    const article = await makeArticle({ authorId: journalist.id })
    const now = new Date()
    await acquireLock(journalist, article.id, new Date(now.getTime() - 60_000))
    expect(await refreshLock(journalist, article.id, new Date(now.getTime() - 500))).toBe(true)
    expect(await releaseLock(journalist, article.id)).toBe(true)
    expect(await acquireLock(editor, article.id, now)).toMatchObject({ mine: true })
  })

  it('a reloaded editor takes its lock back when the old page’s late beacon freed it', async () => {
    const editor = viewerOf(await makeUser('editor'))
    const article = await makeArticle()
    await acquireLock(editor, article.id) // the new page
    await releaseLock(editor, article.id) // the old page's beacon, arriving late
    expect(await refreshLock(editor, article.id)).toBe(true)
    expect(await holderOf(article.id)).toBe(editor.id)
  })

  it('a heartbeat never takes a lock someone else holds, and takes one gone stale', async () => {
    const first = viewerOf(await makeUser('editor'))
    const second = viewerOf(await makeUser('editor'))
    const article = await makeArticle()
    const now = new Date()
    await acquireLock(second, article.id, new Date(now.getTime() - LOCK_TTL_MS + 10_000))
    expect(await refreshLock(first, article.id, now)).toBe(false)
    expect(await holderOf(article.id)).toBe(second.id)
    expect(await refreshLock(first, article.id, new Date(now.getTime() + 20_000))).toBe(true)
    expect(await holderOf(article.id)).toBe(first.id)
  })
})
