import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { articleRevisions, articleTags, articles, redirects, tags } from '@/db/schema'
import { UserError } from '@/lib/errors'
import type { Viewer } from '@/lib/permissions'
import { slugify } from '@/lib/slug'
import { makeArticle, makeCategory, makeUser, unique } from '../test-support/factories'
import { LOCK_TTL_MS, saveArticle, type SaveInput } from './articles-admin'
import { getArticleForEdit } from './articles-dashboard'
import { acquireLock, releaseLock, takeOverLock } from './articles-workflow'

const viewerOf = (user: { id: string; name: string; email: string; role: Viewer['role'] }): Viewer => ({ ...user, locale: 'fr' })

/** The editor page every save in these tests comes from. */
const PAGE = randomUUID()

async function setup(role: Viewer['role'] = 'journalist') {
  const user = await makeUser(role)
  const category = await makeCategory()
  const article = await makeArticle({ authorId: user.id, categoryId: category.id })
  const input = (over: Partial<SaveInput> = {}): SaveInput => ({
    id: article.id,
    version: article.version,
    mode: 'manual',
    lockSession: PAGE,
    title: article.title,
    slug: article.slug,
    excerpt: '',
    bodyHtml: '<p>Texte</p>',
    categoryId: category.id,
    language: 'fr',
    tagNames: [],
    translationOf: '',
    sourceCredit: '',
    featuredMediaId: null,
    seoTitle: '',
    seoDescription: '',
    commentsOpen: true,
    ...over,
  })
  return { viewer: viewerOf(user), article, category, input }
}

const revisionsOf = (articleId: string) => db.select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId))

describe('saveArticle: compare-and-set on version', () => {
  it('saves with the version it saw, sanitises the body and returns the next version', async () => {
    const { viewer, article, input } = await setup()
    const { outcome } = await saveArticle(viewer, input({ bodyHtml: '<p onclick="x()">Bonjour <script>alert(1)</script><a href="https://ex.com">lien</a></p>' }))
    expect(outcome).toMatchObject({ status: 'saved', version: article.version + 1 })
    const [row] = await db.select().from(articles).where(eq(articles.id, article.id))
    expect(row?.bodyHtml).toBe('<p>Bonjour <a href="https://ex.com" rel="noopener noreferrer" target="_blank">lien</a></p>')
  })

  it('refuses a stale version with a conflict carrying the newer text, and keeps the refused text as a revision', async () => {
    const { viewer, article, input } = await setup()
    await saveArticle(viewer, input({ bodyHtml: '<p>Première</p>' }))
    const { outcome } = await saveArticle(viewer, input({ bodyHtml: '<p>Périmée</p>' })) // still article.version
    expect(outcome).toMatchObject({ status: 'conflict', theirs: { version: article.version + 1, bodyHtml: '<p>Première</p>' } })
    const [row] = await db.select().from(articles).where(eq(articles.id, article.id))
    expect(row?.bodyHtml).toBe('<p>Première</p>')
    const kept = (await revisionsOf(article.id)).filter((r) => r.reason === 'conflict')
    expect(kept.map((r) => r.bodyHtml)).toEqual(['<p>Périmée</p>'])
  })

  it('names the article that already has the slug', async () => {
    const { viewer, input } = await setup()
    const other = await makeArticle({ title: 'Municipales : le second tour' })
    await expect(saveArticle(viewer, input({ slug: other.slug }))).rejects.toMatchObject({
      messageKey: 'newsroom.errors.slugTaken',
      values: { title: 'Municipales : le second tour' },
    })
  })

  it("a journalist cannot save someone else's article nor their own once submitted; the text is kept", async () => {
    const { article, input } = await setup()
    const intruder = viewerOf(await makeUser('journalist'))
    expect((await saveArticle(intruder, input())).outcome).toMatchObject({ status: 'readOnly' })
    await db.update(articles).set({ status: 'in_review' }).where(eq(articles.id, article.id))
    const author = viewerOf({ ...(await db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, article.authorId) }))! })
    expect((await saveArticle(author, input())).outcome).toMatchObject({ status: 'readOnly', articleStatus: 'in_review' })
    expect((await revisionsOf(article.id)).filter((r) => r.reason === 'conflict')).toHaveLength(2)
  })

  it('an editor may edit a published article; a slug change leaves a redirect from the old URL', async () => {
    const { article, category, input } = await setup()
    const editor = viewerOf(await makeUser('editor'))
    await db.update(articles).set({ status: 'published', publishedAt: new Date() }).where(eq(articles.id, article.id))
    const slug = unique('nouveau-slug')
    const { outcome, revalidate } = await saveArticle(editor, input({ slug }))
    expect(outcome).toMatchObject({ status: 'saved', slug })
    const [redirect] = await db.select().from(redirects).where(eq(redirects.fromPath, `/fr/${category.slug}/${article.slug}`))
    expect(redirect?.toPath).toBe(`/fr/${category.slug}/${slug}`)
    expect(revalidate).toEqual(expect.arrayContaining(['redirects', `article-slug:${article.slug}`, `article-slug:${slug}`, 'articles']))
  })

  it('creates tags inline and links a translation', async () => {
    const { viewer, article, input } = await setup()
    const original = await makeArticle({ language: 'en' })
    const tag = unique('Budget régional')
    const { outcome, revalidate } = await saveArticle(viewer, input({ tagNames: [tag, ` ${tag} `], translationOf: original.slug }))
    expect(outcome.status).toBe('saved')
    expect(revalidate).toContain(`tag:${slugify(tag)}`)
    const linked = await db.select().from(articleTags).where(eq(articleTags.articleId, article.id))
    expect(linked).toHaveLength(1) // the same name twice is one tag
    const [mine] = await db.select().from(articles).where(eq(articles.id, article.id))
    const [theirs] = await db.select().from(articles).where(eq(articles.id, original.id))
    expect(mine?.translationGroupId).toBeTruthy()
    expect(mine?.translationGroupId).toBe(theirs?.translationGroupId)
    await expect(saveArticle(viewer, input({ version: outcome.status === 'saved' ? outcome.version : 0, translationOf: 'nope-nope' }))).rejects.toBeInstanceOf(UserError)
  })

  it('an English article’s tags are typed and shown in English: a translated name is the same tag, a new one is named in French too', async () => {
    const { viewer, article, input } = await setup()
    const jobs = unique('Jobs')
    const [emploi] = await db.insert(tags).values({ slug: unique('emploi'), name: { fr: unique('Emploi'), en: jobs } }).returning()
    const fresh = unique('Housing')
    const { outcome } = await saveArticle(viewer, input({ language: 'en', tagNames: [jobs, fresh] }))
    expect(outcome.status).toBe('saved')
    const linked = await db.select({ slug: tags.slug, name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, article.id))
    expect(linked).toHaveLength(2)
    expect(linked).toContainEqual({ slug: emploi!.slug, name: emploi!.name }) // no tag "jobs-…" created beside it
    expect(linked).toContainEqual({ slug: slugify(fresh), name: { fr: fresh, en: fresh } })
    expect((await getArticleForEdit(article.id))?.tagNames.sort()).toEqual([fresh, jobs].sort())
  })
})

describe('editing lock', () => {
  it("tells who holds it; a takeover refuses the previous editor's next save and keeps their text", async () => {
    const { article, input } = await setup('editor')
    const first = viewerOf(await makeUser('editor'))
    const second = viewerOf(await makeUser('editor'))
    const now = new Date()
    await db.update(articles).set({ lockedById: null }).where(eq(articles.id, article.id))
    expect(await acquireLock(first, article.id, now)).toMatchObject({ mine: true })
    expect(await acquireLock(second, article.id, now)).toMatchObject({ mine: false, holderName: first.name })
    expect((await saveArticle(second, input(), now)).outcome).toMatchObject({ status: 'lockLost', holderName: first.name })

    await takeOverLock(second, article.id, now)
    expect((await saveArticle(first, input({ bodyHtml: '<p>Texte de la première</p>' }), now)).outcome).toMatchObject({ status: 'lockLost', holderName: second.name })
    const kept = (await revisionsOf(article.id)).filter((r) => r.reason === 'takeover')
    expect(kept.map((r) => r.bodyHtml)).toContain('<p>Texte de la première</p>')
    expect((await saveArticle(second, input(), now)).outcome.status).toBe('saved')
  })

  it('an autosave sent before the tab closed, arriving after its beacon, keeps its text and leaves the lock free', async () => {
    const { viewer, article, input } = await setup()
    const page = await acquireLock(viewer, article.id)
    expect(await releaseLock(viewer, article.id, page.session!)).toBe(true) // the beacon, first
    const late = await saveArticle(viewer, input({ mode: 'autosave', lockSession: page.session!, bodyHtml: '<p>Dernière phrase tapée</p>' }))
    expect(late.outcome.status).toBe('saved')
    const [row] = await db.select({ bodyHtml: articles.bodyHtml, holder: articles.lockedById }).from(articles).where(eq(articles.id, article.id))
    expect(row).toEqual({ bodyHtml: '<p>Dernière phrase tapée</p>', holder: null })
  })

  it('a lock older than the TTL is free for anyone', async () => {
    const { article } = await setup('editor')
    const first = viewerOf(await makeUser('editor'))
    const second = viewerOf(await makeUser('editor'))
    const then = new Date(Date.now() - LOCK_TTL_MS - 1000)
    await db.update(articles).set({ lockedById: null }).where(eq(articles.id, article.id))
    await acquireLock(first, article.id, then)
    expect(await acquireLock(second, article.id, new Date())).toMatchObject({ mine: true })
  })
})

describe('≥ 100 interleaved saves from two clients', () => {
  it('every save lands or is reported as a conflict: 0 silent overwrites', async () => {
    const { viewer, article, input } = await setup()
    type Client = { name: string; version: number }
    const clients: Client[] = [
      { name: 'A', version: article.version },
      { name: 'B', version: article.version },
    ]
    const landed: { seen: number; got: number; body: string }[] = []
    let conflicts = 0
    const save = async (client: Client, n: number) => {
      const body = `<p>${client.name} ${n}</p>`
      const seen = client.version
      const { outcome } = await saveArticle(viewer, input({ version: seen, bodyHtml: body, mode: 'autosave' }))
      if (outcome.status === 'saved') {
        landed.push({ seen, got: outcome.version, body })
        client.version = outcome.version
      } else if (outcome.status === 'conflict') {
        conflicts++
        client.version = outcome.theirs.version // the author picks "keep mine" and retries on top of theirs
      } else throw new Error(`unexpected outcome ${outcome.status}`)
    }
    const ROUNDS = 60
    for (let n = 0; n < ROUNDS; n++) {
      // Both clients fire at once; sometimes one fires twice before the other (interleaving varies).
      const burst = [save(clients[0]!, n), save(clients[1]!, n)]
      if (n % 7 === 0) burst.push(save(clients[n % 2]!, n + 1000))
      await Promise.all(burst)
    }
    const total = ROUNDS * 2 + Math.ceil(ROUNDS / 7)
    expect(total).toBeGreaterThanOrEqual(100)
    expect(landed.length + conflicts).toBe(total)
    expect(conflicts).toBeGreaterThanOrEqual(ROUNDS) // both clients start each round from the same version
    // Each landed save was based on exactly the version before it: the versions form one unbroken chain.
    for (const save of landed) expect(save.got).toBe(save.seen + 1)
    const versions = landed.map((s) => s.got).sort((a, b) => a - b)
    expect(new Set(versions).size).toBe(landed.length)
    const [row] = await db.select().from(articles).where(eq(articles.id, article.id))
    expect(row?.version).toBe(article.version + landed.length)
    expect(row?.bodyHtml).toBe(landed.find((s) => s.got === row?.version)?.body)
    // And every refused text is still there, as a conflict revision.
    const keptConflicts = await db
      .select({ id: articleRevisions.id })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, article.id), eq(articleRevisions.reason, 'conflict')))
    expect(keptConflicts).toHaveLength(conflicts)
  }, 120_000)
})
