import { describe, expect, it } from 'vitest'
import type { Viewer } from '@/lib/permissions'
import { db } from '../index'
import { media } from '../schema'
import { makeArticle, makeCategory, makeUser, unique } from '../test-support/factories'
import { getDashboardHome, listArticlesForDashboard, listAuthors, listImageOptions } from './articles-dashboard'

const viewerOf = (user: { id: string; name: string; email: string; role: Viewer['role'] }): Viewer => ({ ...user, locale: 'fr' })

describe('article list for the dashboard', () => {
  it('filters by title, status and section; journalists only see their own', async () => {
    const journalist = viewerOf(await makeUser('journalist'))
    const editor = viewerOf(await makeUser('editor'))
    const category = await makeCategory()
    const word = unique('Zorglub')
    const mine = await makeArticle({ authorId: journalist.id, categoryId: category.id, title: `${word} brouillon` })
    const published = await makeArticle({ categoryId: category.id, title: `${word} publié`, status: 'published', publishedAt: new Date() })

    const forEditor = await listArticlesForDashboard(editor, { q: word })
    expect(forEditor.rows.map((r) => r.id).sort()).toEqual([mine.id, published.id].sort())
    expect(forEditor.total).toBe(2)
    expect((await listArticlesForDashboard(editor, { q: word, status: 'draft' })).rows.map((r) => r.id)).toEqual([mine.id])
    expect((await listArticlesForDashboard(editor, { categoryId: category.id, sort: 'title' })).rows.map((r) => r.title)).toEqual([`${word} brouillon`, `${word} publié`])
    expect((await listArticlesForDashboard(journalist, { q: word })).rows.map((r) => r.id)).toEqual([mine.id])
    expect((await listArticlesForDashboard(editor, { q: '100%_\\' })).rows).toEqual([])
  })

  it('the home shows a journalist their drafts, and a moderator the comments count but no articles', async () => {
    const journalist = viewerOf(await makeUser('journalist'))
    const draft = await makeArticle({ authorId: journalist.id })
    const home = await getDashboardHome(journalist)
    expect(home.myDrafts.map((a) => a.id)).toContain(draft.id)
    expect(home.pendingComments).toBeNull()
    const moderatorHome = await getDashboardHome(viewerOf(await makeUser('moderator')))
    expect(moderatorHome.myDrafts).toEqual([])
    expect(typeof moderatorHome.pendingComments).toBe('number')
  })
})

describe('select options always hold the current value', () => {
  it('lists an inactive (imported) author when an article is theirs or the list is filtered by them', async () => {
    const imported = await makeUser('journalist', { active: false })
    const active = await makeUser('journalist')
    const idle = await makeUser('journalist', { active: false })
    await makeArticle({ authorId: imported.id })
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id)

    expect(ids(await listAuthors())).toContain(active.id)
    expect(ids(await listAuthors())).not.toContain(imported.id) // not offered for new credits…
    expect(ids(await listAuthors({ include: [imported.id] }))).toContain(imported.id) // …but the editor shows the current one
    const filter = ids(await listAuthors({ withArticles: true, include: [idle.id] }))
    expect(filter).toEqual(expect.arrayContaining([imported.id, active.id, idle.id]))
    expect(ids(await listAuthors({ withArticles: true }))).not.toContain(idle.id) // inactive and no articles: not a filter
  })

  it("keeps an article's featured image in the list however old it is", async () => {
    const insert = (name: string, createdAt: Date) =>
      db.insert(media).values({ originalName: name, mime: 'image/webp', alt: name, createdAt }).returning({ id: media.id })
    const [old] = await insert(unique('ancienne'), new Date('2001-01-01T00:00:00Z'))
    for (let i = 0; i < 3; i++) await insert(unique('récente'), new Date())
    const newest = await listImageOptions({ limit: 2 })
    expect(newest.map((row) => row.id)).not.toContain(old!.id)
    const withCurrent = await listImageOptions({ limit: 2, include: old!.id })
    expect(withCurrent.map((row) => row.id)).toContain(old!.id)
    expect(withCurrent).toHaveLength(3)
    expect(await listImageOptions({ limit: 2, include: newest[0]!.id })).toEqual(newest) // already there: no duplicate
  })
})
