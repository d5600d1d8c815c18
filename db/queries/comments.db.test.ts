import { randomUUID } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/db'
import { comments } from '@/db/schema'
import { makeArticle } from '@/db/test-support/factories'
import { formTokenSecret } from '@/lib/comments/secret'
import { DEFAULT_COMMENT_SETTINGS } from '@/lib/comments/settings'
import { commentFormSchema, submitComment, type SubmitContext } from '@/lib/comments/submit'
import { issueFormToken } from '@/lib/comments/token'
import { getCommentCheckFacts, getCommentSettings, insertCommentOnce, listApprovedComments, listOwnHiddenComments, reportComment, saveCommentSettings } from './comments'
import { applyModeration, COUNT_CAP, countQueueTabs, endBan, insertBan, isOverCap, listCommentedArticles, listQueue, purgeOldComments, QUEUE_PAGE_SIZE } from './moderation'

let n = 0
const uniqueIp = () => `198.51.${Math.floor(n / 250) % 250}.${(n++ % 250) + 1}`
const context = (overrides: Partial<SubmitContext> = {}): SubmitContext => ({ viewer: null, ip: uniqueIp(), userAgent: 'vitest', now: new Date(), ...overrides })
const token = (secondsAgo = 30) => issueFormToken(formTokenSecret(), new Date(Date.now() - secondsAgo * 1000))

function form(articleId: string, overrides: Record<string, string> = {}) {
  return commentFormSchema.parse({
    articleId,
    body: `Un avis réfléchi ${randomUUID()}`,
    name: 'Lectrice',
    email: `reader-${randomUUID().slice(0, 8)}@example.org`,
    token: token(),
    ...overrides,
  })
}

async function publishedArticle() {
  return makeArticle({ status: 'published', publishedAt: new Date(Date.now() - 3_600_000) })
}

/** An email the site already knows: one of its comments was approved. */
async function knownEmail(articleId: string) {
  const email = `known-${randomUUID().slice(0, 8)}@example.org`
  await db.insert(comments).values({ articleId, authorName: 'Habituée', authorEmail: email, body: `Déjà approuvé ${randomUUID()}`, status: 'approved', createdAt: new Date(Date.now() - 60_000) })
  return email
}

beforeAll(async () => {
  await saveCommentSettings({ ...DEFAULT_COMMENT_SETTINGS, floodSeconds: 15, maxPerHour: 10 })
})
afterAll(async () => {
  await saveCommentSettings(DEFAULT_COMMENT_SETTINGS)
})

describe('posting', () => {
  it('holds a first-time commenter (visible to them only), and publishes a known email at once', async () => {
    const article = await publishedArticle()
    const held = await submitComment(form(article.id), context())
    expect(held).toMatchObject({ ok: true, comment: { status: 'pending' }, hiddenFromOthers: true })
    expect(await listApprovedComments(article.id)).toHaveLength(0)
    if (!held.ok) return
    expect((await listOwnHiddenComments(article.id, [held.comment.id])).map((c) => c.id)).toEqual([held.comment.id])

    const email = await knownEmail(article.id)
    const published = await submitComment(form(article.id, { email }), context())
    expect(published).toMatchObject({ ok: true, comment: { status: 'approved' }, hiddenFromOthers: false })
    const visible = await listApprovedComments(article.id)
    expect(visible).toHaveLength(2)
    expect(visible[0]).not.toHaveProperty('authorEmail')
    expect(visible[0]).not.toHaveProperty('ip')
  })

  it('stores a double-submitted form once, whether the copies arrive together or one after the other', async () => {
    const article = await publishedArticle()
    const same = form(article.id)
    const results = await Promise.all(Array.from({ length: 5 }, () => submitComment(same, context())))
    const again = await submitComment(same, context())
    const ids = new Set([...results, again].map((r) => (r.ok ? r.comment.id : r.error)))
    expect(ids.size).toBe(1)
    const rows = await db.select({ id: comments.id }).from(comments).where(eq(comments.articleId, article.id))
    expect(rows).toHaveLength(1)
  })

  it('threads replies under an approved comment and refuses a reply to a hidden one', async () => {
    const article = await publishedArticle()
    const email = await knownEmail(article.id)
    const [parent] = await listApprovedComments(article.id)
    const reply = await submitComment(form(article.id, { email, parentId: parent!.id }), context())
    expect(reply).toMatchObject({ ok: true, comment: { status: 'approved' } })
    expect((await listApprovedComments(article.id)).find((c) => c.parentId === parent!.id)).toBeDefined()

    const held = await submitComment(form(article.id), context())
    if (!held.ok) throw new Error(held.error)
    const orphan = await submitComment(form(article.id, { email, parentId: held.comment.id }), context())
    expect(orphan).toMatchObject({ ok: false, error: 'comments.errors.parentGone', status: 422 })
  })

  it('refuses the same words twice on one article, too-fast forms, and a second post within the flood delay', async () => {
    const article = await publishedArticle()
    const body = `Exactement le même texte ${randomUUID()}`
    expect(await submitComment(form(article.id, { body }), context())).toMatchObject({ ok: true })
    expect(await submitComment(form(article.id, { body: `  ${body.toUpperCase()} ` }), context())).toMatchObject({ ok: false, error: 'comments.errors.duplicate', status: 409 })
    expect(await submitComment(form(article.id, { token: token(0) }), context())).toMatchObject({ ok: false, error: 'comments.errors.tooFast' })

    const ip = uniqueIp()
    expect(await submitComment(form(article.id), context({ ip }))).toMatchObject({ ok: true })
    const flood = await submitComment(form(article.id), context({ ip }))
    expect(flood).toMatchObject({ ok: false, error: 'comments.errors.rateLimited', status: 429 })
    if (!flood.ok) expect(Number(flood.values?.seconds)).toBeGreaterThan(0)
  })

  it('refuses a banned commenter with the reason until the ban ends, then accepts them', async () => {
    const article = await publishedArticle()
    const email = `banned-${randomUUID().slice(0, 8)}@example.org`
    const ban = await insertBan({ email, ip: null, reason: 'Insultes répétées', shadow: false, expiresAt: new Date(Date.now() + 86_400_000), createdById: (await makeArticle()).authorId })
    expect(await submitComment(form(article.id, { email }), context())).toMatchObject({ ok: false, error: 'comments.errors.bannedUntil', values: { reason: 'Insultes répétées' }, status: 403 })
    await endBan(ban.id, new Date(Date.now() - 1000))
    expect(await submitComment(form(article.id, { email }), context())).toMatchObject({ ok: true })
  })

  it('puts a shadow-banned commenter in spam while they still see their comment', async () => {
    const article = await publishedArticle()
    const ip = '203.0.113.77' // a range no other test posts from
    await insertBan({ email: null, ip: '203.0.113.0/24', reason: 'Troll', shadow: true, expiresAt: null, createdById: (await makeArticle()).authorId })
    const posted = await submitComment(form(article.id), context({ ip }))
    expect(posted).toMatchObject({ ok: true, comment: { status: 'spam', shadow: true } })
    if (!posted.ok) return
    expect(await listOwnHiddenComments(article.id, [posted.comment.id])).toHaveLength(1)
    expect(await listApprovedComments(article.id)).toHaveLength(0)
  })

  it('refuses comments on a closed article and on an unpublished one', async () => {
    const closed = await makeArticle({ status: 'published', publishedAt: new Date() })
    await db.update((await import('@/db/schema')).articles).set({ commentsOpen: false }).where(eq((await import('@/db/schema')).articles.id, closed.id))
    expect(await submitComment(form(closed.id), context())).toMatchObject({ ok: false, error: 'comments.errors.closed' })
    const draft = await makeArticle()
    expect(await submitComment(form(draft.id), context())).toMatchObject({ ok: false, error: 'comments.errors.articleGone' })
  })

  it('applies saved settings on the very next post (block words go to spam)', async () => {
    const article = await publishedArticle()
    await saveCommentSettings({ ...(await getCommentSettings()), blockWords: ['casino'] })
    try {
      expect(await submitComment(form(article.id, { body: 'Le meilleur CASINO en ligne' }), context())).toMatchObject({ ok: true, comment: { status: 'spam' } })
    } finally {
      await saveCommentSettings({ ...(await getCommentSettings()), blockWords: [] })
    }
  })
})

describe('the facts a post is checked against (one statement)', () => {
  it('finds a known email, the same words (not in trash), and the bans that may apply, with their end as a date', async () => {
    const article = await publishedArticle()
    const email = await knownEmail(article.id)
    const staff = (await makeArticle()).authorId
    const until = new Date(Date.now() + 3_600_000)
    const byEmail = await insertBan({ email: `FACTS-${email}`, ip: null, reason: 'Par email', shadow: false, expiresAt: until, createdById: staff })
    const byRange = await insertBan({ email: null, ip: '192.0.2.0/24', reason: 'Par adresse', shadow: true, expiresAt: null, createdById: staff })
    const ended = await insertBan({ email: `facts-${email}`, ip: null, reason: 'Terminé', shadow: false, expiresAt: new Date(Date.now() - 1000), createdById: staff })
    const otherEmail = await insertBan({ email: `someone-else-${randomUUID()}@example.org`, ip: null, reason: 'Autre', shadow: false, expiresAt: null, createdById: staff })
    const body = `Des mots déjà dits ${randomUUID()}`
    await db.insert(comments).values({ articleId: article.id, authorName: 'A', authorEmail: 'a@example.org', body, status: 'pending' })
    const trashed = `Des mots jetés ${randomUUID()}`
    await db.insert(comments).values({ articleId: article.id, authorName: 'A', authorEmail: 'a@example.org', body: trashed, status: 'trash' })

    const now = new Date()
    const facts = await getCommentCheckFacts({ articleId: article.id, email: `facts-${email}`.toUpperCase(), body: `  ${body.toUpperCase()}`, now })
    expect(facts).toMatchObject({ hasApprovedBefore: false, duplicate: true })
    const ids = facts!.bans.map((ban) => ban.id)
    expect(ids).toEqual(expect.arrayContaining([byEmail.id, byRange.id]))
    expect(ids).not.toContain(ended.id)
    expect(ids).not.toContain(otherEmail.id)
    const found = facts!.bans.find((ban) => ban.id === byEmail.id)!
    expect(found).toMatchObject({ reason: 'Par email', shadow: false, ip: null })
    expect(found.expiresAt?.getTime()).toBe(until.getTime())
    expect(facts!.bans.find((ban) => ban.id === byRange.id)).toMatchObject({ ip: '192.0.2.0/24', shadow: true, expiresAt: null })

    expect(await getCommentCheckFacts({ articleId: article.id, email, body: trashed, now })).toMatchObject({ hasApprovedBefore: true, duplicate: false })
    expect(await getCommentCheckFacts({ articleId: randomUUID(), email, body, now })).toBeNull()
    await Promise.all([byEmail, byRange, ended, otherEmail].map((ban) => endBan(ban.id, new Date(Date.now() - 1000))))
  })
})

describe('storing comments in groups (insertCommentOnce)', () => {
  const values = (articleId: string, overrides: Partial<Parameters<typeof insertCommentOnce>[0]> = {}) => ({
    articleId,
    authorName: 'Lectrice',
    authorEmail: `group-${randomUUID().slice(0, 8)}@example.org`,
    body: `Arrivé avec la foule ${randomUUID()}`,
    status: 'pending' as const,
    idempotencyKey: randomUUID(),
    ...overrides,
  })

  it('stores every post of a crowd once, in its own row, and a repeated key as the first one', async () => {
    const article = await publishedArticle()
    const posts = Array.from({ length: 30 }, () => values(article.id))
    const again = { ...posts[3]!, body: 'la même clé, un autre envoi' }
    const stored = await Promise.all([...posts, again].map((post) => insertCommentOnce(post)))
    expect(new Set(stored.slice(0, 30).map((row) => row.id)).size).toBe(30)
    expect(stored.slice(0, 30).every((row) => row.created && row.articleId === article.id)).toBe(true)
    expect(stored[30]).toMatchObject({ id: stored[3]!.id, created: false })
    const rows = await db.select({ id: comments.id, body: comments.body }).from(comments).where(eq(comments.articleId, article.id))
    expect(rows).toHaveLength(30)
    expect(rows.find((row) => row.id === stored[3]!.id)?.body).toBe(posts[3]!.body)
  })

  it('refuses only the row the database refuses, not the others sent with it', async () => {
    const article = await publishedArticle()
    const good = Array.from({ length: 5 }, () => values(article.id))
    const orphan = values(article.id, { parentId: randomUUID() }) // a parent that does not exist
    const results = await Promise.allSettled([...good.slice(0, 2), orphan, ...good.slice(2)].map((post) => insertCommentOnce(post)))
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled'])
    const [stored] = await db.select({ n: sql<number>`count(*)::int` }).from(comments).where(eq(comments.articleId, article.id))
    expect(stored?.n).toBe(5)
  })
})

describe('reports and moderation', () => {
  it('hides a comment once enough readers report it, and lists it under Reported', async () => {
    const article = await publishedArticle()
    await knownEmail(article.id)
    const [target] = await listApprovedComments(article.id)
    for (const ip of ['192.0.2.1', '192.0.2.1', '192.0.2.2']) {
      await reportComment({ commentId: target!.id, reason: 'Hors sujet', ip, threshold: 3 })
    }
    expect(await listApprovedComments(article.id)).toHaveLength(1) // the repeat from 192.0.2.1 was ignored
    const hidden = await reportComment({ commentId: target!.id, reason: null, ip: '192.0.2.3', threshold: 3 })
    expect(hidden).toEqual({ articleId: article.id, hidden: true })
    expect(await listApprovedComments(article.id)).toHaveLength(0)
    const reported = await listQueue({ tab: 'reported', articleId: article.id, sort: 'newest', page: 1 })
    expect(reported.rows.map((row) => [row.id, row.reportCount, row.reasons])).toEqual([[target!.id, 3, ['Hors sujet', 'Hors sujet']]])
  })

  it('moves comments between tabs, searches by email and IP, and counts tabs', async () => {
    const article = await publishedArticle()
    const email = `queue-${randomUUID().slice(0, 8)}@example.org`
    const ip = uniqueIp()
    const posted = await submitComment(form(article.id, { email }), context({ ip }))
    if (!posted.ok) throw new Error(posted.error)
    const before = await countQueueTabs()
    expect(posted.comment.status).toBe('pending')
    expect((await listQueue({ tab: 'pending', q: email, sort: 'newest', page: 1 })).total).toBe(1)
    expect((await listQueue({ tab: 'pending', q: ip, sort: 'oldest', page: 1 })).rows[0]?.id).toBe(posted.comment.id)
    expect(await applyModeration([posted.comment.id], 'spam', new Date())).toEqual([article.id])
    const after = await countQueueTabs()
    expect(after.spam).toBe(before.spam + 1)
    expect(after.pending).toBe(before.pending - 1)
    await applyModeration([posted.comment.id], 'notSpam', new Date())
    await applyModeration([posted.comment.id], 'approve', new Date())
    expect((await listApprovedComments(article.id)).map((c) => c.id)).toContain(posted.comment.id)
    await applyModeration([posted.comment.id], 'delete', new Date())
    expect((await listQueue({ tab: 'approved', q: email, sort: 'newest', page: 1 })).total).toBe(0)
  })

  it('stops counting at 10,000 and pages through a big tab in one stable order, either way', async () => {
    const article = await publishedArticle()
    // COUNT_CAP + 5 approved comments, three to a second: ties on the date are broken by id.
    await db.execute(sql`
      insert into ${comments} (article_id, author_name, author_email, body, status, created_at)
      select ${article.id}, 'Lecteur', 'bulk@example.org', 'Avis ' || n, 'approved', now() - (n / 3) * interval '1 second'
      from generate_series(1, ${COUNT_CAP + 5}) as n`)
    try {
      const filter = { tab: 'approved', articleId: article.id, page: 1 } as const
      const first = await listQueue({ ...filter, sort: 'newest' })
      expect(isOverCap(first.total)).toBe(true)
      expect(isOverCap((await countQueueTabs()).approved)).toBe(true)
      // The tab's count is the total of an unfiltered page; a filtered page counts its own.
      expect((await listQueue({ tab: 'approved', sort: 'newest', page: 1 }, 42)).total).toBe(42)
      expect((await listQueue({ ...filter, sort: 'newest' }, 42)).total).toBe(first.total)
      const second = await listQueue({ ...filter, sort: 'newest', page: 2 })
      const newest = [...first.rows, ...second.rows]
      expect(newest).toHaveLength(2 * QUEUE_PAGE_SIZE)
      expect(new Set(newest.map((row) => row.id)).size).toBe(2 * QUEUE_PAGE_SIZE) // no row on both pages
      const order = (a: (typeof newest)[number], b: (typeof newest)[number]) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1)
      expect(newest.map((row) => row.id)).toEqual([...newest].sort(order).map((row) => row.id))
      const oldest = await listQueue({ ...filter, sort: 'oldest' })
      expect(oldest.rows[0]!.body).toBe(`Avis ${COUNT_CAP + 5}`) // alone in the oldest second
      expect(oldest.rows[0]!.createdAt.getTime()).toBeLessThan(newest.at(-1)!.createdAt.getTime())
    } finally {
      await db.delete(comments).where(eq(comments.articleId, article.id))
    }
    expect(isOverCap((await countQueueTabs()).approved)).toBe(false)
  })

  it('offers the newest commented articles in the filter, and the one filtered on whatever its age', async () => {
    const old = await makeArticle({ status: 'published', publishedAt: new Date('2001-01-01T00:00:00Z') })
    const fresh = await publishedArticle()
    const silent = await publishedArticle()
    await knownEmail(old.id)
    await knownEmail(fresh.id)
    const offered = await listCommentedArticles()
    expect(offered.map((a) => a.id)).toContain(fresh.id)
    expect(offered.map((a) => a.id)).not.toContain(silent.id)
    expect(offered.map((a) => a.title)).toEqual([...offered.map((a) => a.title)].sort((a, b) => a.localeCompare(b)))
    expect((await listCommentedArticles(old.id)).map((a) => a.id)).toContain(old.id)
  })

  it('purges spam and trash older than 30 days, nothing else', async () => {
    const article = await publishedArticle()
    const now = new Date()
    const old = new Date(now.getTime() - 31 * 86_400_000)
    const recent = new Date(now.getTime() - 29 * 86_400_000)
    const base = { articleId: article.id, authorName: 'X', authorEmail: 'x@example.org', body: 'x' }
    const rows = await db
      .insert(comments)
      .values([
        { ...base, status: 'spam', statusChangedAt: old },
        { ...base, status: 'trash', statusChangedAt: old },
        { ...base, status: 'spam', statusChangedAt: recent },
        { ...base, status: 'approved', statusChangedAt: old },
        { ...base, status: 'pending', statusChangedAt: old },
      ])
      .returning({ id: comments.id, status: comments.status })
    expect(await purgeOldComments(now)).toBeGreaterThanOrEqual(2)
    const left = await db.select({ status: comments.status }).from(comments).where(eq(comments.articleId, article.id))
    expect(left.map((row) => row.status).sort()).toEqual(['approved', 'pending', 'spam'])
    expect(rows).toHaveLength(5)
  })
})
