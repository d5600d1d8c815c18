import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { redirects } from '@/db/schema'
import type { Viewer } from '@/lib/permissions'
import { makeArticle, makeCategory, makeUser, unique } from '../test-support/factories'
import { findRedirect } from './redirects'
import { createTag, deleteCategory, updateCategory, updateTag } from './taxonomy-admin'

const viewerOf = (user: { id: string; name: string; email: string; role: Viewer['role'] }): Viewer => ({ ...user, locale: 'fr' })

describe('renaming keeps old URLs', () => {
  it('a section rename redirects its pages and its published articles', async () => {
    const editor = viewerOf(await makeUser('editor'))
    const section = await makeCategory()
    const article = await makeArticle({ categoryId: section.id, status: 'published', publishedAt: new Date() })
    const renamed = unique('rubrique')
    const revalidate = await updateCategory(editor, section.id, { slug: renamed, name: { fr: 'Rubrique' }, position: 0 })
    expect(await findRedirect(`/fr/${section.slug}`)).toEqual({ to: `/fr/${renamed}`, status: 301 })
    expect(await findRedirect(`/en/${section.slug}/`)).toEqual({ to: `/en/${renamed}`, status: 301 })
    expect(await findRedirect(`/fr/${section.slug}/${article.slug}`)).toEqual({ to: `/fr/${renamed}/${article.slug}`, status: 301 })
    expect(revalidate).toEqual(expect.arrayContaining(['categories', `category:${section.slug}`, `category:${renamed}`, 'redirects']))
  })

  it('renaming back removes the redirect from the address that is live again, and never chains', async () => {
    const editor = viewerOf(await makeUser('editor'))
    const tag = unique('tag')
    await createTag({ slug: tag, name: { fr: 'Tag' } })
    const [row] = await db.query.tags.findMany({ where: (t, { eq }) => eq(t.slug, tag) })
    const second = unique('tag')
    await updateTag(editor, row!.id, { slug: second, name: { fr: 'Tag', en: 'Label' } })
    await updateTag(editor, row!.id, { slug: tag, name: { fr: 'Tag' } })
    expect(await db.select().from(redirects).where(eq(redirects.fromPath, `/fr/tag/${tag}`))).toEqual([])
    expect(await findRedirect(`/fr/tag/${second}`)).toEqual({ to: `/fr/tag/${tag}`, status: 301 })
  })

  it('refuses reserved and taken slugs, and deleting a section that holds articles', async () => {
    const editor = viewerOf(await makeUser('editor'))
    const section = await makeCategory()
    const other = await makeCategory()
    await expect(updateCategory(editor, section.id, { slug: 'recherche', name: { fr: 'x' }, position: 0 })).rejects.toMatchObject({ messageKey: 'newsroom.taxonomy.errors.reserved' })
    await expect(updateCategory(editor, section.id, { slug: other.slug, name: { fr: 'x' }, position: 0 })).rejects.toMatchObject({ messageKey: 'newsroom.taxonomy.errors.slugTaken' })
    await makeArticle({ categoryId: section.id })
    await expect(deleteCategory(editor, section.id)).rejects.toMatchObject({ messageKey: 'newsroom.taxonomy.errors.categoryInUse', values: { count: 1 } })
  })
})
