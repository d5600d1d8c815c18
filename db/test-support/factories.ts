// Test data with unique names: every test creates what it needs and never relies on seed rows or other tests.
import { randomUUID } from 'node:crypto'
import { db } from '@/db'
import { categories, type Role } from '@/db/schema'
import { insertArticle, insertUser } from '@/db/seed'

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

export async function makeUser(role: Role = 'journalist', extra: { password?: string; active?: boolean } = {}) {
  const name = unique(role)
  return insertUser(db, { email: `${name}@test.kiosque`, name, role, slug: name, ...extra })
}

export async function makeCategory() {
  const slug = unique('section')
  const [row] = await db.insert(categories).values({ slug, name: { fr: slug, en: slug } }).returning()
  return row!
}

export async function makeArticle(overrides: Partial<Parameters<typeof insertArticle>[1]> = {}) {
  const author = overrides.authorId ? { id: overrides.authorId } : await makeUser()
  const category = overrides.categoryId ? { id: overrides.categoryId } : await makeCategory()
  const title = overrides.title ?? unique('Titre')
  return insertArticle(db, { title, slug: unique('slug'), authorId: author.id, categoryId: category.id, ...overrides })
}
