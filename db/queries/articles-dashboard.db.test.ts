import { describe, expect, it } from 'vitest'
import type { Viewer } from '@/lib/permissions'
import { makeArticle, makeCategory, makeUser, unique } from '../test-support/factories'
import { getDashboardHome, listArticlesForDashboard } from './articles-dashboard'

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
