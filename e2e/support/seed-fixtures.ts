// Rows the reader specs need beyond the demo newsroom, written by scripts/e2e.sh after seeding and before the
// server starts (PGlite is single-process: tests cannot write while the server holds the database).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { and, asc, desc, eq, ne } from 'drizzle-orm'
import { closeDb, db } from '@/db'
import { articles, categories, comments, redirects, settings, users } from '@/db/schema'
import { SETTINGS_KEY } from '@/lib/comments/settings'
import { htmlToText, sanitizeArticleHtml } from '@/lib/html'
import { account } from './accounts'
import { insertArticle, insertUser } from '@/db/seed'
import { ARCHIVE_AUTHOR, FIXTURES_FILE, HOSTILE_AUTHOR_URLS, HOSTILE_URL_AUTHOR, type ReaderFixtures } from './fixtures'

async function firstArticle(status: 'published' | 'draft' | 'scheduled') {
  const [row] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, category: categories.slug, language: articles.language })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.status, status), eq(articles.language, 'fr')))
    .orderBy(asc(articles.slug))
    .limit(1)
  if (!row) throw new Error(`The demo newsroom has no ${status} French article`)
  return row
}

// What a WordPress import writes (lib/wordpress/shortcodes.ts): the editor must open and save it without losing any.
const RICH_BODY = [
  '<p>Les résultats du premier tour, commune par commune.</p>',
  '<figure data-embed="youtube"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube" loading="lazy" allowfullscreen="allowfullscreen"></iframe></figure>',
  '<table><thead><tr><th scope="col">Commune</th><th scope="col">Participation</th></tr></thead><tbody><tr><td>Saint-Étienne</td><td>61,2 %</td></tr></tbody></table>',
  '<figure><img src="https://courrier.example.org/mairie.jpg" alt="La mairie" width="800" height="533" /><figcaption>La mairie de Saint-Étienne, dimanche.</figcaption></figure>',
  '<p>Analyse à suivre.</p>',
].join('')

async function richDraft(categorySlug: string) {
  const [editor] = await db.select({ id: users.id }).from(users).where(eq(users.email, account('editor').email))
  const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, categorySlug))
  if (!editor || !category) throw new Error('The demo newsroom has no editor account or section')
  const [row] = await db
    .insert(articles)
    .values({ slug: 'e2e-resultats-importes', title: 'Résultats importés (e2e)', language: 'fr', bodyHtml: sanitizeArticleHtml(RICH_BODY), categoryId: category.id, authorId: editor.id })
    .returning({ id: articles.id })
  if (!row) throw new Error('insert returned no row')
  return row.id
}

// Three years old, so they stay out of the home page, the rail and the demo sections' first pages.
async function archiveAuthor() {
  const author = await insertUser(db, { email: 'archives@e2e.kiosque.test', name: ARCHIVE_AUTHOR.name, slug: ARCHIVE_AUTHOR.slug, role: 'journalist' })
  const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, 'tech'))
  if (!category) throw new Error('The demo newsroom has no tech section')
  const languages = [...Array<'fr'>(ARCHIVE_AUTHOR.french).fill('fr'), ...Array<'ar'>(ARCHIVE_AUTHOR.arabic).fill('ar')]
  for (const [n, language] of languages.entries()) {
    await insertArticle(db, {
      title: language === 'fr' ? `Archive numéro ${n + 1}` : `أرشيف رقم ${n + 1}`,
      slug: `e2e-archive-${n + 1}`,
      language,
      authorId: author.id,
      categoryId: category.id,
      status: 'published',
      publishedAt: new Date(Date.now() - (3 * 365 + n) * 86_400_000),
      bodyHtml: '<p>Archive.</p>',
    })
  }
}

async function main() {
  const published = await firstArticle('published')
  const draft = await firstArticle('draft')
  const scheduled = await firstArticle('scheduled')
  // The second newest French story (the lead keeps its excerpt) loses its excerpt: cards then show the body's opening.
  const [bare] = await db
    .select({ id: articles.id, title: articles.title, bodyHtml: articles.bodyHtml })
    .from(articles)
    .where(and(eq(articles.status, 'published'), eq(articles.language, 'fr'), ne(articles.slug, published.slug)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .offset(1)
    .limit(1)
  if (!bare) throw new Error('The demo newsroom has too few published French articles')
  await db.update(articles).set({ excerpt: '' }).where(eq(articles.id, bare.id))
  // Threads close 365 days after publication; one French story is backdated past that (comments closed by age).
  const [stored] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, SETTINGS_KEY))
  const commentSettings = { ...(stored?.value as object | undefined), closeAfterDays: 365 }
  await db.insert(settings).values({ key: SETTINGS_KEY, value: commentSettings }).onConflictDoUpdate({ target: settings.key, set: { value: commentSettings } })
  const [old] = await db
    .select({ id: articles.id, slug: articles.slug, category: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.status, 'published'), eq(articles.language, 'fr'), ne(articles.slug, published.slug), ne(articles.id, bare.id)))
    .orderBy(asc(articles.publishedAt))
    .limit(1)
  if (!old) throw new Error('The demo newsroom has too few published French articles')
  await db.update(articles).set({ publishedAt: new Date(Date.now() - 400 * 86_400_000) }).where(eq(articles.id, old.id))

  const fixtures: ReaderFixtures = {
    publishedPath: `/fr/${published.category}/${published.slug}`,
    hidden: [draft, scheduled].map((a) => ({ path: `/fr/${a.category}/${a.slug}`, title: a.title, slug: a.slug })),
    movedFrom: '/fr/ancienne-rubrique/article-deplace',
    legacyFrom: '/2019/03/04/vieux-billet',
    richDraftId: await richDraft(published.category),
    bare: { title: bare.title, bodyStart: htmlToText(bare.bodyHtml).split(' ').slice(0, 3).join(' ') },
    closedPath: `/fr/${old.category}/${old.slug}`,
  }
  await db.insert(redirects).values([
    { fromPath: fixtures.movedFrom, toPath: fixtures.publishedPath, statusCode: 301 },
    { fromPath: fixtures.legacyFrom, toPath: fixtures.publishedPath, statusCode: 308 },
  ])
  // Approved comments whose website is a script address, as an import from another system could bring: the page
  // and the moderation queue must never make them links.
  await db.insert(comments).values(
    HOSTILE_AUTHOR_URLS.map((authorUrl, n) => ({
      articleId: published.id,
      authorName: `${HOSTILE_URL_AUTHOR} ${n + 1}`,
      authorEmail: `legacy-${n + 1}@example.org`,
      authorUrl,
      body: `Commentaire importé ${n + 1}`,
      status: 'approved' as const,
    })),
  )
  await archiveAuthor()
  mkdirSync(path.dirname(FIXTURES_FILE), { recursive: true })
  writeFileSync(FIXTURES_FILE, JSON.stringify(fixtures, null, 2))
  await closeDb()
}

await main()
