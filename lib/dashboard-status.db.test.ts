import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articles, type Role } from '@/db/schema'
import { makeArticle, makeUser } from '@/db/test-support/factories'
import { dashboardStatus } from './dashboard-status'
import type { Viewer } from './permissions'

const viewerOf = async (role: Role): Promise<Viewer> => {
  const user = await makeUser(role)
  return { id: user.id, name: user.name, email: user.email, role, locale: 'fr' }
}

describe('dashboardStatus: what proxy.ts answers before a record’s dashboard screen renders', () => {
  it('200 for a journalist’s own article, 403 for a colleague’s, on the editor, its preview and its revisions', async () => {
    const journalist = await viewerOf('journalist')
    const own = await makeArticle({ authorId: journalist.id })
    const colleagues = await makeArticle()
    for (const screen of ['', '/preview', '/revisions']) {
      expect(await dashboardStatus(journalist, `/dashboard/articles/${own.id}${screen}`)).toBe(200)
      expect(await dashboardStatus(journalist, `/dashboard/articles/${colleagues.id}${screen}`)).toBe(403)
    }
  })

  it('200 for an editor on anyone’s article; 404 for an article that does not exist or is in the trash', async () => {
    const editor = await viewerOf('editor')
    const article = await makeArticle()
    expect(await dashboardStatus(editor, `/dashboard/articles/${article.id}`)).toBe(200)
    await db.update(articles).set({ deletedAt: new Date() }).where(eq(articles.id, article.id))
    expect(await dashboardStatus(editor, `/dashboard/articles/${article.id}`)).toBe(404)
    expect(await dashboardStatus(editor, '/dashboard/articles/00000000-0000-4000-8000-000000000000')).toBe(404)
  })

  it('leaves other screens and signed-out visitors to the page', async () => {
    const article = await makeArticle()
    expect(await dashboardStatus(null, `/dashboard/articles/${article.id}`)).toBe(200)
    expect(await dashboardStatus(await viewerOf('journalist'), '/dashboard/users')).toBe(200)
  })
})
