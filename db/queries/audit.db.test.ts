import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articles, categories } from '@/db/schema'
import { makeArticle, makeCategory, makeUser, unique } from '../test-support/factories'
import { listAuditWithTargets, recordAudit } from './audit'

describe('the audit page’s rows name their targets', () => {
  it('by current title, person and section name in the reader’s language; null once the target is gone', async () => {
    const admin = await makeUser('admin')
    const person = await makeUser('journalist')
    const article = await makeArticle({ title: unique('Le budget adopté') })
    const gone = await makeArticle()
    const category = await makeCategory()
    await db.update(categories).set({ name: { fr: 'Économie', en: 'Economy' } }).where(eq(categories.id, category.id))
    await recordAudit({ actorId: admin.id, action: 'article.publish', targetType: 'article', targetId: article.id, details: { slug: article.slug } })
    await recordAudit({ actorId: admin.id, action: 'article.delete', targetType: 'article', targetId: gone.id, details: { slug: gone.slug } })
    await recordAudit({ actorId: admin.id, action: 'user.role', targetType: 'user', targetId: person.id, details: { role: 'editor' } })
    await recordAudit({ actorId: admin.id, action: 'category.rename', targetType: 'category', targetId: category.id, details: { from: 'eco', to: category.slug } })
    await recordAudit({ actorId: admin.id, action: 'comment.settings', targetType: 'settings', targetId: 'comments' }) // not a uuid: no lookup, no error
    await db.delete(articles).where(eq(articles.id, gone.id))

    const rows = await listAuditWithTargets('en', 1000)
    const nameOf = (targetId: string) => rows.find((row) => row.targetId === targetId)?.targetName
    expect(nameOf(article.id)).toBe(article.title)
    expect(nameOf(person.id)).toBe(person.name)
    expect(nameOf(category.id)).toBe('Economy')
    expect(nameOf(gone.id)).toBeNull()
    expect(rows.find((row) => row.targetId === 'comments' && row.actorName === admin.name)?.targetName).toBeNull()
  })
})
