import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { redirects } from '@/db/schema'
import { makeArticle, makeCategory, makeUser, unique } from '@/db/test-support/factories'
import { PAGE_SIZE } from './pagination'
import { publicStatus } from './public-status'

describe('publicStatus: what proxy.ts answers before a public page renders', () => {
  it('200 for a published article at its canonical URL, 308 to it from another language or section', async () => {
    const category = await makeCategory()
    const article = await makeArticle({ categoryId: category.id, status: 'published', publishedAt: new Date() })
    expect(await publicStatus(`/fr/${category.slug}/${article.slug}`)).toEqual({ status: 200 })
    expect(await publicStatus(`/en/autre/${article.slug}`)).toEqual({ status: 308, location: `/fr/${category.slug}/${article.slug}` })
  })

  it.each(['draft', 'scheduled', 'archived'] as const)('404 for a %s article', async (status) => {
    const category = await makeCategory()
    const article = await makeArticle({ categoryId: category.id, status })
    expect(await publicStatus(`/fr/${category.slug}/${article.slug}`)).toEqual({ status: 404 })
  })

  it('404 for unknown sections, tags, authors and pages past the end', async () => {
    const category = await makeCategory()
    expect(await publicStatus(`/fr/${category.slug}`)).toEqual({ status: 200 })
    expect(await publicStatus(`/fr/${category.slug}/page/2`)).toEqual({ status: 404 })
    expect(await publicStatus(`/fr/${unique('nope')}`)).toEqual({ status: 404 })
    expect(await publicStatus(`/fr/tag/${unique('nope')}`)).toEqual({ status: 404 })
    expect(await publicStatus(`/fr/auteur/${unique('nope')}`)).toEqual({ status: 404 })
    expect(await publicStatus('/fr/recherche')).toEqual({ status: 200 })
  })

  it('an author page counts its own language only: page 2 exists in French, not in Arabic where they wrote one article', async () => {
    const author = await makeUser()
    const at = (i: number) => new Date(Date.now() - (i + 1) * 60_000)
    for (let i = 0; i < PAGE_SIZE + 1; i++) await makeArticle({ authorId: author.id, language: 'fr', status: 'published', publishedAt: at(i) })
    await makeArticle({ authorId: author.id, language: 'ar', status: 'published', publishedAt: at(0) })
    expect(await publicStatus(`/fr/auteur/${author.slug}/page/2`)).toEqual({ status: 200 })
    expect(await publicStatus(`/ar/author/${author.slug}`)).toEqual({ status: 200 })
    expect(await publicStatus(`/ar/author/${author.slug}/page/2`)).toEqual({ status: 404 })
    expect(await publicStatus(`/en/author/${author.slug}`)).toEqual({ status: 200 }) // the profile, with no article in English
    expect(await publicStatus(`/en/author/${author.slug}/page/2`)).toEqual({ status: 404 })
  })

  it('search: 200 for the first page, 404 for a page past the last result or not a page number', async () => {
    const category = await makeCategory()
    const word = unique('zygomorphe').replace('-', '')
    await makeArticle({ categoryId: category.id, status: 'published', publishedAt: new Date(), title: `Le ${word} du jour` })
    expect(await publicStatus('/fr/recherche', `?q=${word}`)).toEqual({ status: 200 })
    expect(await publicStatus('/fr/recherche', `?q=${word}&page=1`)).toEqual({ status: 200 })
    expect(await publicStatus('/fr/recherche', `?q=${word}&page=2`)).toEqual({ status: 404 })
    expect(await publicStatus('/fr/recherche', `?q=${word}&page=abc`)).toEqual({ status: 404 })
    expect(await publicStatus('/fr/recherche', '?page=3')).toEqual({ status: 404 })
  })

  it('404 without a query for addresses no row can match: a NUL byte, a control character, 3,000 characters', async () => {
    for (const path of ['/fr/%00', '/fr/economie/%00', '/%00', `/fr/economie/${'b'.repeat(3000)}`]) {
      expect(await publicStatus(path), path).toEqual({ status: 404 })
    }
    expect(await publicStatus('/fr/recherche', '?q=%00')).toEqual({ status: 404 })
  })

  it('follows a redirects row for a missing public path', async () => {
    const from = `/fr/ancienne-rubrique/${unique('ancien')}`
    await db.insert(redirects).values({ fromPath: from, toPath: '/fr', statusCode: 301 })
    expect(await publicStatus(from)).toEqual({ status: 301, location: '/fr' })
  })
})
