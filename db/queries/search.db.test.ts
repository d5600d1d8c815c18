import { describe, expect, it } from 'vitest'
import { makeArticle, makeCategory, unique } from '../test-support/factories'
import { searchPublished } from './search'
import { MARK_END, MARK_START } from '@/lib/search-query'

const published = { status: 'published' as const, publishedAt: new Date() }

describe('searchPublished', () => {
  it('finds "école" when the reader types "ecole", and highlights the accented word', async () => {
    const word = unique('kiosquemot').replace('-', '')
    const article = await makeArticle({ ...published, title: `Les écoles rurales de ${word}`, bodyHtml: `<p>La rentrée à ${word} se passe bien.</p>` })
    const result = await searchPublished('fr', `ecole ${word}`, 1)
    expect(result.items.map((item) => item.id)).toEqual([article.id])
    expect(result.total).toBe(1)
    expect(result.items[0]?.titleMarked).toContain(`${MARK_START}écoles${MARK_END}`)
    expect(result.items[0]?.snippet).toContain(MARK_START)
  })

  it('ranks a title match above a body-only match', async () => {
    const word = unique('classement').replace('-', '')
    const inBody = await makeArticle({ ...published, publishedAt: new Date(Date.now() + 60_000), title: 'Autre sujet', bodyHtml: `<p>On parle de ${word} ici.</p>` })
    const inTitle = await makeArticle({ ...published, title: `${word} en une`, bodyHtml: '<p>Texte.</p>' })
    expect((await searchPublished('fr', word, 1)).items.map((item) => item.id)).toEqual([inTitle.id, inBody.id])
  })

  it.each(['draft', 'in_review', 'scheduled', 'archived'] as const)('never returns a %s article', async (status) => {
    const word = unique('cache').replace('-', '')
    await makeArticle({ status, publishedAt: status === 'archived' ? new Date() : null, title: `Sujet ${word}` })
    expect((await searchPublished('fr', word, 1)).total).toBe(0)
  })

  it('searches the page language only, with English stemming', async () => {
    const word = unique('harbour').replace('-', '')
    const english = await makeArticle({ ...published, language: 'en', title: `Schools reopen in ${word}` })
    await makeArticle({ ...published, language: 'fr', title: `Écoles de ${word}` })
    expect((await searchPublished('en', `school ${word}`, 1)).items.map((item) => item.id)).toEqual([english.id])
  })

  it('paginates ranked results', async () => {
    const word = unique('pagination').replace('-', '')
    const category = await makeCategory()
    for (let i = 0; i < 3; i++) await makeArticle({ ...published, categoryId: category.id, title: `${word} numéro ${i}` })
    const [first, second, past] = await Promise.all([searchPublished('fr', word, 1, 2), searchPublished('fr', word, 2, 2), searchPublished('fr', word, 3, 2)])
    expect(first.total).toBe(3)
    expect(first.items).toHaveLength(2)
    expect(second.total).toBe(3)
    expect(second.items).toHaveLength(1)
    expect(past).toMatchObject({ items: [], total: 0 })
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(3)
  })

  it('treats operators and quotes in what readers type as search syntax, never as an error', async () => {
    await expect(searchPublished('fr', `"école" -rurale OR (' & | ! :*`, 1)).resolves.toMatchObject({ page: 1 })
  })
})
