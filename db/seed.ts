// Demo content and accounts, as functions that tests and benchmarks reuse. Run through `npm run db:setup`.
import { randomUUID } from 'node:crypto'
import { count } from 'drizzle-orm'
import { sanitizeArticleHtml } from '@/lib/html'
import { hashPassword } from '@/lib/password'
import type { Db } from './index'
import {
  type Language,
  type OptionalLocalizedText,
  type Role,
  articles,
  articleStatus,
  articleTags,
  categories,
  comments,
  tags,
  users,
} from './schema'
import {
  AGENCIES,
  ARABIC_STORIES,
  DEMO_CATEGORIES,
  DEMO_COMMENTS,
  DEMO_STAFF,
  DEMO_TAGS,
  STORIES,
  demoBody,
  demoExcerpt,
} from './seed-content'
import { slugify } from '@/lib/slug'

type ArticleStatus = (typeof articleStatus.enumValues)[number]
const HOUR = 3_600_000

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users)
  return (row?.n ?? 0) === 0
}

export async function insertUser(
  db: Db,
  user: { email: string; name: string; role: Role; password?: string; slug?: string; bio?: OptionalLocalizedText; active?: boolean; passwordHash?: string },
) {
  const passwordHash = user.passwordHash ?? (user.password ? await hashPassword(user.password) : null)
  const [row] = await db
    .insert(users)
    .values({
      email: user.email.toLowerCase(),
      name: user.name,
      slug: user.slug ?? slugify(`${user.name}-${randomUUID().slice(0, 6)}`),
      role: user.role,
      bio: user.bio ?? null,
      active: user.active ?? true,
      passwordHash,
    })
    .returning()
  if (!row) throw new Error(`Could not create user ${user.email}`)
  return row
}

export async function insertArticle(
  db: Db,
  article: {
    title: string
    authorId: string
    categoryId: string
    language?: Language
    slug?: string
    status?: ArticleStatus
    publishedAt?: Date | null
    scheduledAt?: Date | null
    excerpt?: string
    bodyHtml?: string
    sourceCredit?: string | null
    translationGroupId?: string | null
  },
) {
  const [row] = await db
    .insert(articles)
    .values({
      title: article.title,
      slug: article.slug ?? slugify(article.title),
      language: article.language ?? 'fr',
      authorId: article.authorId,
      categoryId: article.categoryId,
      status: article.status ?? 'draft',
      publishedAt: article.publishedAt ?? null,
      scheduledAt: article.scheduledAt ?? null,
      excerpt: article.excerpt ?? '',
      bodyHtml: sanitizeArticleHtml(article.bodyHtml ?? ''),
      sourceCredit: article.sourceCredit ?? null,
      translationGroupId: article.translationGroupId ?? null,
    })
    .returning()
  if (!row) throw new Error(`Could not create article ${article.title}`)
  return row
}

/** The demo newsroom: 7 staff, 6 sections, 10 tags, 76 articles in every status, comments in every status. */
export async function seedDemo(db: Db, now = new Date()) {
  const hashes = new Map<string, string>()
  for (const person of DEMO_STAFF) {
    if (!hashes.has(person.password)) hashes.set(person.password, await hashPassword(person.password))
  }
  const staff = []
  for (const person of DEMO_STAFF) {
    staff.push(await insertUser(db, { ...person, passwordHash: hashes.get(person.password) }))
  }
  const writers = staff.filter((person) => person.role !== 'moderator')

  const sectionRows = await db
    .insert(categories)
    .values(DEMO_CATEGORIES.map((category, position) => ({ ...category, position })))
    .returning()
  const sectionBySlug = new Map(sectionRows.map((row) => [row.slug, row]))
  const tagRows = await db.insert(tags).values(DEMO_TAGS.map(({ slug, name }) => ({ slug, name }))).returning()
  const tagBySlug = new Map(tagRows.map((row) => [row.slug, row]))

  // Stories are interleaved across sections so the home page mixes them; the first five of each language are
  // in the newsroom's pipeline (draft, in review, scheduled, archived) rather than published.
  const pipeline: ArticleStatus[] = ['draft', 'in_review', 'scheduled', 'draft', 'archived']
  const plan = [0, 1, 2, 3, 4, 5].flatMap((index) =>
    DEMO_CATEGORIES.map((category) => ({ category: category.slug, story: STORIES[category.slug]?.[index], index })),
  )
  const published: { id: string; language: Language }[] = []
  let n = 0
  for (const { category, story } of plan) {
    if (!story) continue
    const group = randomUUID()
    for (const language of ['fr', 'en'] as const) {
      const status: ArticleStatus = n < pipeline.length * 2 ? (pipeline[Math.floor(n / 2)] ?? 'draft') : 'published'
      const title = story[language]
      const row = await insertArticle(db, {
        title,
        language,
        slug: slugify(title),
        authorId: writers[n % writers.length]!.id,
        categoryId: sectionBySlug.get(category)!.id,
        status,
        publishedAt: status === 'published' || status === 'archived' ? new Date(now.getTime() - (n * 2 + 1) * HOUR) : null,
        scheduledAt: status === 'scheduled' ? new Date(now.getTime() + 20 * HOUR) : null,
        excerpt: demoExcerpt(language, title),
        bodyHtml: demoBody(language, n),
        sourceCredit: n % 3 === 0 ? (AGENCIES[n % AGENCIES.length] ?? null) : null,
        translationGroupId: group,
      })
      const links = story.tags.map((slug) => ({ articleId: row.id, tagId: tagBySlug.get(slug)!.id }))
      if (links.length) await db.insert(articleTags).values(links)
      if (status === 'published') published.push({ id: row.id, language })
      n++
    }
  }
  for (const [index, story] of ARABIC_STORIES.entries()) {
    const row = await insertArticle(db, {
      title: story.title,
      language: 'ar',
      slug: `ar-${story.category}-${index + 1}`,
      authorId: staff.find((person) => person.slug === 'sarah-haddad')!.id,
      categoryId: sectionBySlug.get(story.category)!.id,
      status: 'published',
      publishedAt: new Date(now.getTime() - (index * 5 + 3) * HOUR),
      excerpt: demoExcerpt('ar', story.title),
      bodyHtml: demoBody('ar', index),
      sourceCredit: index % 2 ? 'MAP' : null,
    })
    await db.insert(articleTags).values(story.tags.map((slug) => ({ articleId: row.id, tagId: tagBySlug.get(slug)!.id })))
    published.push({ id: row.id, language: 'ar' })
  }

  await seedComments(db, published, now)
  return { staff, categories: sectionRows, tags: tagRows, publishedCount: published.length }
}

async function seedComments(db: Db, published: { id: string; language: Language }[], now: Date) {
  const readers = [
    ['Marie Lefèvre', 'marie.lefevre@example.org'],
    ['Paul Girard', 'paul.girard@example.org'],
    ['Nadia Cherif', 'nadia.cherif@example.org'],
    ['John Carter', 'john.carter@example.org'],
  ] as const
  for (const [index, article] of published.slice(0, 16).entries()) {
    const texts = article.language === 'en' ? DEMO_COMMENTS.en : DEMO_COMMENTS.fr
    const at = (hours: number) => new Date(now.getTime() - hours * HOUR)
    const [first] = await db
      .insert(comments)
      .values({
        articleId: article.id,
        authorName: readers[index % readers.length]![0],
        authorEmail: readers[index % readers.length]![1],
        body: texts[index % texts.length]!,
        status: 'approved',
        ip: `198.51.100.${index + 10}`,
        createdAt: at(1.5),
      })
      .returning()
    await db.insert(comments).values([
      {
        articleId: article.id,
        parentId: first!.id,
        authorName: readers[(index + 1) % readers.length]![0],
        authorEmail: readers[(index + 1) % readers.length]![1],
        body: DEMO_COMMENTS.replies[index % DEMO_COMMENTS.replies.length]!,
        status: 'approved',
        ip: `198.51.100.${index + 40}`,
        createdAt: at(1),
      },
      {
        articleId: article.id,
        authorName: readers[(index + 2) % readers.length]![0],
        authorEmail: readers[(index + 2) % readers.length]![1],
        body: texts[(index + 1) % texts.length]!,
        status: index % 2 ? 'pending' : 'approved',
        ip: `203.0.113.${index + 10}`,
        createdAt: at(0.5),
      },
      ...(index % 4 === 0
        ? [
            { articleId: article.id, authorName: 'Promo Bot', authorEmail: 'bot@spam.example', body: DEMO_COMMENTS.spam, status: 'spam' as const, ip: '192.0.2.66' },
            { articleId: article.id, authorName: 'Anonyme', authorEmail: 'anon@example.org', body: 'Commentaire hors sujet supprimé.', status: 'trash' as const, ip: '192.0.2.77' },
          ]
        : []),
    ])
  }
}
