import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articleTags, type LocalizedText, tags } from '@/db/schema'
import { makeArticle, makeCategory, makeUser, unique } from '../test-support/factories'
import { getNeighboursInCategory, listPublishedTranslations } from './article-page'
import { getPublishedArticleBySlug } from './articles'
import { listFeedArticles, listPublishedSince, listSitemapArticles, countPublished } from './feeds'
import { listLatestCards, listPublishedByAuthor, listPublishedInCategory, listPublishedWithTag } from './listings'
import { getPublicAuthorBySlug, listPublicAuthors, listPublicTags } from './taxonomy'

const HOUR = 3_600_000
const UNPUBLISHED = ['draft', 'in_review', 'scheduled', 'archived'] as const

async function makeTag(name?: LocalizedText) {
  const slug = unique('tag')
  const [row] = await db.insert(tags).values({ slug, name: name ?? { fr: slug } }).returning()
  return row!
}

/** One published article and one of every other status, all in one section, by one author, with one tag. */
async function shelf() {
  const [author, category, tag] = await Promise.all([makeUser(), makeCategory(), makeTag()])
  const base = { authorId: author.id, categoryId: category.id, language: 'fr' as const }
  const published = await makeArticle({ ...base, status: 'published', publishedAt: new Date(Date.now() - HOUR) })
  const hidden = []
  for (const status of UNPUBLISHED) hidden.push(await makeArticle({ ...base, status, publishedAt: status === 'archived' ? new Date() : null }))
  await db.insert(articleTags).values([published, ...hidden].map((a) => ({ articleId: a.id, tagId: tag.id })))
  return { author, category, tag, published, hiddenIds: hidden.map((a) => a.id) }
}

describe('public listings show published articles only', () => {
  it('section, tag and author pages list the published article and nothing else', async () => {
    const { author, category, tag, published, hiddenIds } = await shelf()
    for (const page of [
      await listPublishedInCategory(category.id, category.slug, 'fr', 1),
      await listPublishedWithTag(tag.id, tag.slug, 'fr', 1),
      await listPublishedByAuthor(author.id, author.slug, 'fr', 1),
    ]) {
      expect(page.items.map((a) => a.id)).toEqual([published.id])
      expect(page.total).toBe(1)
    }
    const latest = (await listLatestCards('fr', 500)).map((a) => a.id)
    for (const id of hiddenIds) expect(latest).not.toContain(id)
  })

  it('feeds and sitemaps leave unpublished work out', async () => {
    const { category, published, hiddenIds } = await shelf()
    const feed = await listFeedArticles('fr', category.slug)
    expect(feed.map((a) => a.slug)).toEqual([published.slug])
    const sitemap = (await listSitemapArticles(1)).map((a) => a.slug)
    expect(sitemap).toContain(published.slug)
    const news = (await listPublishedSince(new Date(Date.now() - 48 * HOUR))).map((a) => a.slug)
    expect(news).toContain(published.slug)
    const all = await db.query.articles.findMany({ columns: { slug: true }, where: (a, { inArray }) => inArray(a.id, hiddenIds) })
    for (const { slug } of all) {
      expect(sitemap).not.toContain(slug)
      expect(news).not.toContain(slug)
    }
    expect(await countPublished()).toBeGreaterThanOrEqual(1)
  })

  it('paginates newest first and reports the total', async () => {
    const category = await makeCategory()
    const ids = []
    for (let i = 0; i < 5; i++) ids.push((await makeArticle({ categoryId: category.id, status: 'published', publishedAt: new Date(Date.now() - i * HOUR) })).id)
    const first = await listPublishedInCategory(category.id, category.slug, 'fr', 1, 2)
    const third = await listPublishedInCategory(category.id, category.slug, 'fr', 3, 2)
    const beyond = await listPublishedInCategory(category.id, category.slug, 'fr', 4, 2)
    expect(first.items.map((a) => a.id)).toEqual(ids.slice(0, 2))
    expect(third.items.map((a) => a.id)).toEqual(ids.slice(4))
    expect(beyond.items).toEqual([])
    expect(first.total).toBe(5)
  })

  it('a section page lists its own language only', async () => {
    const category = await makeCategory()
    const english = await makeArticle({ categoryId: category.id, status: 'published', publishedAt: new Date(), language: 'en' })
    await makeArticle({ categoryId: category.id, status: 'published', publishedAt: new Date(), language: 'fr' })
    expect((await listPublishedInCategory(category.id, category.slug, 'en', 1)).items.map((a) => a.id)).toEqual([english.id])
  })
})

describe('author pages and taxonomy', () => {
  it('only people with a published article have a public profile, without email or role', async () => {
    const { author } = await shelf()
    const unpublishedOnly = await makeUser()
    await makeArticle({ authorId: unpublishedOnly.id, status: 'draft' })
    const profile = await getPublicAuthorBySlug(author.slug)
    expect(profile).toMatchObject({ name: author.name, slug: author.slug })
    expect(Object.keys(profile ?? {})).not.toContain('email')
    expect(await getPublicAuthorBySlug(unpublishedOnly.slug)).toBeNull()
    expect((await listPublicAuthors()).map((a) => a.slug)).not.toContain(unpublishedOnly.slug)
  })

  it('lists tags used by published articles only', async () => {
    const { tag } = await shelf()
    const draftOnly = await makeTag()
    const draft = await makeArticle({ status: 'draft' })
    await db.insert(articleTags).values({ articleId: draft.id, tagId: draftOnly.id })
    const slugs = (await listPublicTags()).map((t) => t.slug)
    expect(slugs).toContain(tag.slug)
    expect(slugs).not.toContain(draftOnly.slug)
  })
})

describe('article page extras', () => {
  it('links previous and next published articles of the same section and language', async () => {
    const category = await makeCategory()
    const at = (h: number) => new Date(Date.now() - h * HOUR)
    const older = await makeArticle({ categoryId: category.id, status: 'published', publishedAt: at(3) })
    const current = await makeArticle({ categoryId: category.id, status: 'published', publishedAt: at(2) })
    await makeArticle({ categoryId: category.id, status: 'draft', publishedAt: null })
    await makeArticle({ categoryId: category.id, status: 'archived', publishedAt: at(1.5) })
    const newer = await makeArticle({ categoryId: category.id, status: 'published', publishedAt: at(1) })
    const result = await getNeighboursInCategory({ id: current.id, categorySlug: category.slug, language: 'fr', publishedAt: current.publishedAt! })
    expect(result.previous?.slug).toBe(older.slug)
    expect(result.next?.slug).toBe(newer.slug)
  })

  it('lists published translations only, and the article’s tags', async () => {
    const group = crypto.randomUUID()
    const french = await makeArticle({ status: 'published', publishedAt: new Date(), translationGroupId: group })
    const english = await makeArticle({ status: 'published', publishedAt: new Date(), language: 'en', translationGroupId: group })
    await makeArticle({ status: 'draft', language: 'ar', translationGroupId: group })
    expect((await listPublishedTranslations(group, french.id)).map((t) => t.slug)).toEqual([english.slug])
    expect(await listPublishedTranslations(null, french.id)).toEqual([])
    const tag = await makeTag()
    await db.insert(articleTags).values({ articleId: french.id, tagId: tag.id })
    expect((await getPublishedArticleBySlug(french.slug))?.tags).toEqual([{ slug: tag.slug, name: tag.name }])
    expect((await getPublishedArticleBySlug(english.slug))?.tags).toEqual([])
  })
})

describe('pages in one language list that language only', () => {
  it('an author page in Arabic lists the author’s Arabic articles, counts them alone, and has no page past them', async () => {
    const author = await makeUser()
    const at = (hours: number) => new Date(Date.now() - hours * HOUR)
    const french = await makeArticle({ authorId: author.id, language: 'fr', status: 'published', publishedAt: at(1) })
    const arabic = [
      await makeArticle({ authorId: author.id, language: 'ar', status: 'published', publishedAt: at(2) }),
      await makeArticle({ authorId: author.id, language: 'ar', status: 'published', publishedAt: at(3) }),
    ]
    await makeArticle({ authorId: author.id, language: 'ar', status: 'draft' })
    const inArabic = await listPublishedByAuthor(author.id, author.slug, 'ar', 1)
    expect(inArabic.items.map((a) => a.id)).toEqual(arabic.map((a) => a.id))
    expect(inArabic.total).toBe(2)
    expect((await listPublishedByAuthor(author.id, author.slug, 'ar', 2, 1)).items.map((a) => a.id)).toEqual([arabic[1]!.id])
    expect((await listPublishedByAuthor(author.id, author.slug, 'ar', 3, 1)).items).toEqual([])
    const inFrench = await listPublishedByAuthor(author.id, author.slug, 'fr', 1)
    expect(inFrench.items.map((a) => a.id)).toEqual([french.id])
    expect(inFrench.total).toBe(1)
    expect((await listPublishedByAuthor(author.id, author.slug, 'en', 1)).total).toBe(0)
  })

  it('an article’s tags carry every translation of their name, in French alphabetical order', async () => {
    const article = await makeArticle({ status: 'published', publishedAt: new Date() })
    const jobs = await makeTag({ fr: 'Emploi', en: 'Jobs', ar: 'التوظيف' })
    const climate = await makeTag({ fr: 'Climat' })
    await db.insert(articleTags).values([jobs, climate].map((tag) => ({ articleId: article.id, tagId: tag.id })))
    expect((await getPublishedArticleBySlug(article.slug))?.tags).toEqual([
      { slug: climate.slug, name: { fr: 'Climat' } },
      { slug: jobs.slug, name: { fr: 'Emploi', en: 'Jobs', ar: 'التوظيف' } },
    ])
  })
})
