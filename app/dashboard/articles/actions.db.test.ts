// Every article action, through the real server action (defineAction → query), for every kind of caller. What
// each may do comes from the permission and workflow tables (lib/permissions.ts, lib/editor/workflow.ts), and the
// proof is in the database: an allowed call changed the row, a refused one left it as it was.
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '@/db'
import { articleRevisions, articles } from '@/db/schema'
import { form, makeActors, refusal, testSession, viewerFor, type Actor } from '@/db/test-support/actors'
import { makeArticle, makeCategory, makeUser, unique } from '@/db/test-support/factories'
import { canTransition } from '@/lib/editor/workflow'
import { can, type Permission, type Viewer } from '@/lib/permissions'

vi.mock('@/lib/session', async () => (await import('@/db/test-support/actors')).sessionModule())
vi.mock('next/headers', async () => (await import('@/db/test-support/actors')).headersModule())

const actions = await import('./actions')

type Article = typeof articles.$inferSelect
type Result = { ok: boolean; error?: string; data?: unknown }
type Case = {
  name: string
  /** The article as the case needs it before the call. */
  start?: Partial<Pick<Article, 'status' | 'deletedAt' | 'publishedAt'>>
  run: (article: Article) => Promise<Result>
  /** Did the call do what it is for? Read back from the database. */
  happened: (article: Article) => Promise<boolean>
  allowed: (viewer: Viewer | null, article: Article) => boolean
  /** The action's own gate: whoever lacks it must be refused before anything runs. */
  gate: Permission
}

const read = async (id: string) => (await db.select().from(articles).where(eq(articles.id, id)))[0]!
const permitted = (permission: Permission, owned = true) => (viewer: Viewer | null, article: Article) => can(viewer, permission, owned ? article : undefined)

/** The editor's save: every field, a new title. */
const saveForm = (article: Article, title: string) =>
  form({
    id: article.id, version: String(article.version), mode: 'manual', lockSession: randomUUID(), title, slug: article.slug, excerpt: '', bodyHtml: '<p>Texte</p>',
    categoryId: article.categoryId, language: article.language, tagNames: '', translationOf: '', sourceCredit: '', featuredMediaId: '',
    seoTitle: '', seoDescription: '', commentsOpen: 'on',
  })

const newTitles = new Map<string, string>()
const cases: Case[] = [
  {
    name: 'create an article',
    gate: 'article.create',
    run: async (article) => {
      const title = unique('Créé')
      newTitles.set(article.id, title)
      // Success is a redirect to the new draft's editor, thrown through the factory.
      return actions.createArticleAction(null, form({ title, categoryId: article.categoryId, language: 'fr' })).catch((error: { digest?: string }) => {
        if (String(error.digest).startsWith('NEXT_REDIRECT')) return { ok: true }
        throw error
      })
    },
    happened: async (article) => (await db.select({ id: articles.id }).from(articles).where(eq(articles.title, newTitles.get(article.id)!))).length === 1,
    allowed: permitted('article.create', false),
  },
  {
    name: 'save (autosave and manual)',
    gate: 'article.edit',
    run: (article) => actions.saveArticleAction(null, saveForm(article, `Nouveau titre ${article.id}`)),
    happened: async (article) => (await read(article.id)).title === `Nouveau titre ${article.id}`,
    allowed: permitted('article.edit'),
  },
  {
    name: 'submit for review',
    gate: 'article.submit',
    run: (article) => actions.transitionAction(null, form({ id: article.id, transition: 'submit' })),
    happened: async (article) => (await read(article.id)).status === 'in_review',
    allowed: (viewer, article) => canTransition(viewer, 'submit', article),
  },
  {
    name: 'publish',
    gate: 'article.submit',
    run: (article) => actions.transitionAction(null, form({ id: article.id, transition: 'publish' })),
    happened: async (article) => (await read(article.id)).status === 'published',
    allowed: (viewer, article) => canTransition(viewer, 'publish', article),
  },
  {
    name: 'schedule',
    gate: 'article.submit',
    run: (article) => actions.transitionAction(null, form({ id: article.id, transition: 'schedule', scheduledAt: new Date(Date.now() + 3_600_000).toISOString() })),
    happened: async (article) => (await read(article.id)).status === 'scheduled',
    allowed: (viewer, article) => canTransition(viewer, 'schedule', article),
  },
  {
    name: 'unpublish',
    gate: 'article.submit',
    start: { status: 'published', publishedAt: new Date() },
    run: (article) => actions.transitionAction(null, form({ id: article.id, transition: 'unpublish' })),
    happened: async (article) => (await read(article.id)).status === 'draft',
    allowed: (viewer, article) => canTransition(viewer, 'unpublish', article),
  },
  {
    name: 'take over the editing lock',
    gate: 'article.edit',
    run: (article) => actions.takeOverAction(null, form({ id: article.id })),
    happened: async (article) => (await read(article.id)).lockedById !== null,
    allowed: permitted('article.edit'),
  },
  {
    name: 'move to the trash',
    gate: 'article.delete',
    run: (article) => actions.trashAction(null, form({ id: article.id })),
    happened: async (article) => (await read(article.id)).deletedAt !== null,
    allowed: permitted('article.delete'),
  },
  {
    name: 'restore from the trash',
    gate: 'article.delete',
    start: { deletedAt: new Date() },
    run: (article) => actions.restoreFromTrashAction(null, form({ id: article.id })),
    happened: async (article) => (await read(article.id)).deletedAt === null,
    allowed: permitted('article.delete'),
  },
  {
    name: 'bulk archive',
    gate: 'article.delete',
    start: { status: 'published', publishedAt: new Date() },
    run: (article) => actions.bulkAction(null, form({ operation: 'archive', ids: [article.id] })),
    happened: async (article) => (await read(article.id)).status === 'archived',
    allowed: permitted('article.delete'),
  },
  {
    name: 'bulk trash',
    gate: 'article.delete',
    run: (article) => actions.bulkAction(null, form({ operation: 'trash', ids: [article.id] })),
    happened: async (article) => (await read(article.id)).deletedAt !== null,
    allowed: permitted('article.delete'),
  },
  {
    name: 'restore a revision',
    gate: 'article.edit',
    run: async (article) => {
      const [revision] = await db
        .insert(articleRevisions)
        .values({ articleId: article.id, version: article.version, title: `Ancien titre ${article.id}`, excerpt: '', bodyHtml: '<p>Avant</p>', reason: 'save' })
        .returning({ id: articleRevisions.id })
      return actions.restoreRevisionAction(null, form({ id: article.id, revisionId: revision!.id, version: String(article.version) }))
    },
    happened: async (article) => (await read(article.id)).title === `Ancien titre ${article.id}`,
    allowed: permitted('article.edit'),
  },
]

let actors: Actor[] = []
let someoneElse = ''
beforeAll(async () => {
  actors = await makeActors()
  someoneElse = (await makeUser('journalist')).id
})

async function articleFor(authorId: string, start: Case['start'] = {}) {
  const row = await makeArticle({ authorId, categoryId: (await makeCategory()).id })
  if (Object.keys(start).length) await db.update(articles).set(start).where(eq(articles.id, row.id))
  return read(row.id)
}

async function check(actor: Actor, item: Case, article: Article) {
  testSession.user = actor.user
  const allowed = item.allowed(actor.viewer, article)
  const result = await item.run(article)
  expect(await item.happened(article), `${actor.label} → ${item.name}`).toBe(allowed)
  if (allowed) expect(result).toMatchObject({ ok: true })
  // Refused at the gate, or by the query (a journalist on someone else's article): an error or a typed refusal.
  else if (!can(actor.viewer, item.gate)) expect(result).toEqual(refusal(actor))
}

describe.each(['admin', 'editor', 'journalist', 'moderator', 'anonymous', 'deactivated admin'])('as %s', (label) => {
  it.each(cases.map((item) => [item.name, item] as const))("%s, on someone else's article", async (_name, item) => {
    const actor = actors.find((a) => a.label === label)!
    await check(actor, item, await articleFor(someoneElse, item.start))
  })
})

describe('as a journalist, on their own article', () => {
  it.each(cases.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const actor = actors.find((a) => a.label === 'journalist')!
    await check(actor, item, await articleFor(actor.user!.id, item.start))
  })
})

describe('the table these tests follow', () => {
  it('names each kind of caller once, and nobody signed out or deactivated passes the gate', async () => {
    expect(actors.map((a) => a.label)).toEqual(['admin', 'editor', 'journalist', 'moderator', 'anonymous', 'deactivated admin'])
    expect(await viewerFor(actors.at(-1)!.user)).toBeNull()
  })
})
