import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articleTags, tags } from '@/db/schema'
import { cardExcerpt } from '@/lib/excerpt'
import { makeArticle, makeCategory, makeUser } from '../test-support/factories'
import { getPublishedArticleBySlug, listRecentPublished } from './articles'

const HOUR = 3_600_000

describe('public article reads show published articles only', () => {
  it('getPublishedArticleBySlug returns a published article with its section and byline', async () => {
    const author = await makeUser()
    const article = await makeArticle({ authorId: author.id, status: 'published', publishedAt: new Date(), sourceCredit: 'AFP', bodyHtml: '<p>Corps</p>' })
    const found = await getPublishedArticleBySlug(article.slug)
    expect(found).toMatchObject({ id: article.id, title: article.title, authorName: author.name, sourceCredit: 'AFP', bodyHtml: '<p>Corps</p>' })
  })

  it('lists the tags in the alphabetical order of their names in the article’s language', async () => {
    const article = await makeArticle({ status: 'published', publishedAt: new Date(), language: 'en' })
    const suffix = article.id.slice(0, 8)
    const rows = await db
      .insert(tags)
      .values([
        { slug: `emploi-${suffix}`, name: { fr: 'Emploi', en: 'Jobs' } },
        { slug: `agriculture-${suffix}`, name: { fr: 'Agriculture', en: 'Farming' } },
        { slug: `climat-${suffix}`, name: { fr: 'Climat' } }, // no English name: its French one
      ])
      .returning({ id: tags.id })
    await db.insert(articleTags).values(rows.map((row) => ({ articleId: article.id, tagId: row.id })))
    const found = await getPublishedArticleBySlug(article.slug)
    expect(found?.tags.map((tag) => tag.name.en ?? tag.name.fr)).toEqual(['Climat', 'Farming', 'Jobs'])
  })

  it.each(['draft', 'in_review', 'scheduled', 'archived'] as const)('a %s article is not found', async (status) => {
    const article = await makeArticle({ status, publishedAt: status === 'archived' ? new Date() : null })
    expect(await getPublishedArticleBySlug(article.slug)).toBeNull()
  })

  it('listRecentPublished orders newest first, filters by language and leaves out unpublished work', async () => {
    const category = await makeCategory()
    const now = Date.now() + 365 * 24 * HOUR // later than anything else in the shared test database
    const older = await makeArticle({ categoryId: category.id, status: 'published', language: 'en', publishedAt: new Date(now - HOUR) })
    const newer = await makeArticle({ categoryId: category.id, status: 'published', language: 'en', publishedAt: new Date(now) })
    const draft = await makeArticle({ categoryId: category.id, status: 'draft', language: 'en' })
    const french = await makeArticle({ categoryId: category.id, status: 'published', language: 'fr', publishedAt: new Date(now + HOUR) })

    const english = (await listRecentPublished(50, 'en')).map((a) => a.id)
    expect(english.slice(0, 2)).toEqual([newer.id, older.id])
    expect(english).not.toContain(draft.id)
    expect(english).not.toContain(french.id)
    expect((await listRecentPublished(1))[0]?.id).toBe(french.id)
  })

  it('cards carry the opening of the body only when no excerpt is stored, for a word-boundary excerpt', async () => {
    const body = '<p>Le conseil municipal a voté &amp; adopté</p><p>le budget de la ville pour 2027 après un long débat.</p>'
    const bare = await makeArticle({ status: 'published', publishedAt: new Date(), excerpt: '', bodyHtml: body })
    const card = await getPublishedArticleBySlug(bare.slug)
    expect(card?.bodyLead).toBe(body)
    expect(cardExcerpt(card!, 60)).toBe('Le conseil municipal a voté & adopté le budget de la ville…')

    const summarised = await makeArticle({ status: 'published', publishedAt: new Date(), excerpt: 'Résumé', bodyHtml: body })
    const withExcerpt = await getPublishedArticleBySlug(summarised.slug)
    expect(withExcerpt?.bodyLead).toBeNull()
    expect(cardExcerpt(withExcerpt!, 60)).toBe('Résumé')
  })
})
