import { randomUUID } from 'node:crypto'
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

/** An editor page: it opens with acquireLock and sends its session back with every beat, save and beacon. */
async function openEditor(viewer: Viewer, id: string, at?: Date) {
  const lock = await acquireLock(viewer, id, at)
  return { ...lock, session: lock.session ?? randomUUID() }
}

describe('leaving the editor releases the lock', () => {
  it('frees the viewer’s own lock at once, so the next person can edit without waiting for it to go stale', async () => {
    const first = viewerOf(await makeUser('editor'))
    const second = viewerOf(await makeUser('editor'))
    const article = await makeArticle()
    const page = await openEditor(first, article.id, new Date(Date.now() - 60_000))
    expect(page).toMatchObject({ mine: true })
    expect(await acquireLock(second, article.id)).toMatchObject({ mine: false, session: null })
    expect(await releaseLock(first, article.id, page.session)).toBe(true)
    expect(await holderOf(article.id)).toBeNull()
    expect(await acquireLock(second, article.id)).toMatchObject({ mine: true })
  })

  it('never releases someone else’s lock (a late beacon from the editor whose lock was taken over)', async () => {
    const first = viewerOf(await makeUser('editor'))
    const second = viewerOf(await makeUser('editor'))
    const article = await makeArticle()
    const page = await openEditor(first, article.id, new Date(Date.now() - 60_000))
    await takeOverLock(second, article.id, new Date(Date.now() - 60_000))
    expect(await releaseLock(first, article.id, page.session)).toBe(false)
    expect(await holderOf(article.id)).toBe(second.id)
  })

  it('frees the lock of a tab closed just after an autosave or heartbeat refreshed it', async () => {
    const journalist = viewerOf(await makeUser('journalist'))
    const editor = viewerOf(await makeUser('editor'))
    const article = await makeArticle({ authorId: journalist.id })
    const now = new Date()
    const page = await openEditor(journalist, article.id, new Date(now.getTime() - 60_000))
    expect(await refreshLock(journalist, article.id, page.session, new Date(now.getTime() - 500))).toBe(true)
    expect(await releaseLock(journalist, article.id, page.session)).toBe(true)
    expect(await acquireLock(editor, article.id, now)).toMatchObject({ mine: true })
  })

  it('a heartbeat sent before the tab closed, arriving after its beacon, does not lock the article again', async () => {
    const journalist = viewerOf(await makeUser('journalist'))
    const article = await makeArticle({ authorId: journalist.id })
    const page = await openEditor(journalist, article.id)
    expect(await releaseLock(journalist, article.id, page.session)).toBe(true) // the beacon, first
    expect(await refreshLock(journalist, article.id, page.session)).toBe(false) // the beat, late
    expect(await holderOf(article.id)).toBeNull()
  })

  it('a reload keeps the lock: the old page’s late beacon leaves the new page’s lock alone', async () => {
    const editor = viewerOf(await makeUser('editor'))
    const article = await makeArticle()
    const old = await openEditor(editor, article.id)
    const reloaded = await openEditor(editor, article.id) // the new page
    expect(reloaded.session).not.toBe(old.session)
    expect(await releaseLock(editor, article.id, old.session)).toBe(false) // the old page's beacon, arriving late
    expect(await holderOf(article.id)).toBe(editor.id)
    expect(await refreshLock(editor, article.id, reloaded.session)).toBe(true)
    expect(await releaseLock(editor, article.id, reloaded.session)).toBe(true)
  })

  it('a heartbeat never takes a lock someone else holds, and takes one gone stale', async () => {
    const first = viewerOf(await makeUser('editor'))
    const second = viewerOf(await makeUser('editor'))
    const article = await makeArticle()
    const now = new Date()
    await openEditor(second, article.id, new Date(now.getTime() - LOCK_TTL_MS + 10_000))
    const page = randomUUID() // first's page, open since before second took the lock
    expect(await refreshLock(first, article.id, page, now)).toBe(false)
    expect(await holderOf(article.id)).toBe(second.id)
    expect(await refreshLock(first, article.id, page, new Date(now.getTime() + 20_000))).toBe(true)
    expect(await holderOf(article.id)).toBe(first.id)
    expect(await releaseLock(first, article.id, page)).toBe(true)
  })
})
