// Every moderation action, through defineAction, for every role: only moderators, editors and admins moderate;
// only admins change the defences. The session and request headers are the only things stubbed.
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '@/db'
import { commenterBans, comments, ROLES, type Role } from '@/db/schema'
import { testSession, type SessionUser } from '@/db/test-support/actors'
import { makeArticle, makeUser } from '@/db/test-support/factories'

// The same stubs in every db test file: they share one module cache (see db/test-support/actors.ts).
vi.mock('@/lib/session', async () => (await import('@/db/test-support/actors')).sessionModule())
vi.mock('next/headers', async () => (await import('@/db/test-support/actors')).headersModule())

const { banAuthor, editComment, emptyBin, liftBan, moderateComments, replyAsStaff } = await import('./actions')
const { saveCommentSettingsAction } = await import('../settings/comments/actions')
const { reportComment } = await import('@/app/[lang]/[category]/[slug]/actions')
const { DEFAULT_COMMENT_SETTINGS } = await import('@/lib/comments/settings')

const viewers = {} as Record<Role, SessionUser>
let articleId = ''

beforeAll(async () => {
  for (const role of ROLES) {
    const user = await makeUser(role)
    viewers[role] = { id: user.id, sessionVersion: user.sessionVersion }
  }
  articleId = (await makeArticle({ status: 'published', publishedAt: new Date() })).id
})

async function pendingComment() {
  const [row] = await db
    .insert(comments)
    .values({ articleId, authorName: 'Lecteur', authorEmail: `r-${randomUUID().slice(0, 8)}@example.org`, body: `Avis ${randomUUID()}`, ip: '198.51.100.7' })
    .returning({ id: comments.id })
  return row!.id
}

function form(fields: Record<string, string | string[]>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item)
  return data
}

const statusOf = async (id: string) => (await db.select({ status: comments.status }).from(comments).where(eq(comments.id, id)))[0]?.status

const MODERATORS: Role[] = ['admin', 'editor', 'moderator']
const cases: [string, (id: string) => Promise<{ ok: boolean; error?: string }>][] = [
  ['approve (row button)', (id) => moderateComments(null, form({ row: `approve:${id}` }))],
  ['spam (bulk)', (id) => moderateComments(null, form({ op: 'spam', ids: [id] }))],
  ['edit', (id) => editComment(null, form({ id, body: 'Texte corrigé par la modération' }))],
  ['reply as staff', (id) => replyAsStaff(null, form({ parentId: id, body: 'Merci pour votre remarque.' }))],
  ['ban', (id) => banAuthor(null, form({ commentId: id, reason: 'Spam', byEmail: 'on', expiresAt: new Date(Date.now() + 86_400_000).toISOString() }))],
  ['empty trash', () => emptyBin(null, form({ status: 'trash' }))],
]

describe.each([...ROLES, null] as const)('as %s', (role) => {
  const allowed = role !== null && MODERATORS.includes(role)
  it.each(cases)(`%s is ${allowed ? 'allowed' : 'refused'}`, async (_name, run) => {
    testSession.user = role ? viewers[role] : null
    const id = await pendingComment()
    const result = await run(id)
    if (allowed) expect(result).toMatchObject({ ok: true })
    else {
      expect(result).toEqual({ ok: false, error: role ? 'errors.forbidden' : 'errors.signInRequired' })
      expect(await statusOf(id)).toBe('pending') // nothing changed
    }
  })

  it(`changes the comment settings: ${role === 'admin' ? 'allowed' : 'refused'}`, async () => {
    testSession.user = role ? viewers[role] : null
    const fields = Object.fromEntries(
      Object.entries(DEFAULT_COMMENT_SETTINGS).flatMap(([key, value]) =>
        typeof value === 'boolean' ? (value ? [[key, 'on']] : []) : [[key, Array.isArray(value) ? value.join('\n') : String(value)]],
      ),
    )
    const result = await saveCommentSettingsAction(null, form(fields))
    expect(result.ok).toBe(role === 'admin')
  })
})

describe('moderation effects', () => {
  it('a staff reply approves the comment it answers and is published under the staff account', async () => {
    testSession.user = viewers.moderator
    const id = await pendingComment()
    expect(await replyAsStaff(null, form({ parentId: id, body: 'Réponse de la rédaction' }))).toMatchObject({ ok: true })
    expect(await statusOf(id)).toBe('approved')
    const [reply] = await db.select().from(comments).where(eq(comments.parentId, id))
    expect(reply).toMatchObject({ status: 'approved', userId: viewers.moderator.id })
  })

  it('refuses a ban with no target, or ending in the past; lifts a ban', async () => {
    testSession.user = viewers.moderator
    const id = await pendingComment()
    expect(await banAuthor(null, form({ commentId: id, reason: 'x' }))).toMatchObject({ ok: false, error: 'moderation.errors.banTarget' })
    expect(await banAuthor(null, form({ commentId: id, reason: 'x', byIp: 'on', expiresAt: '2020-01-01T00:00' }))).toMatchObject({ ok: false, error: 'moderation.errors.banPast' })
    expect(await banAuthor(null, form({ commentId: id, reason: 'x', byIp: 'on' }))).toMatchObject({ ok: true })
    const [ban] = await db.select().from(commenterBans).where(eq(commenterBans.ip, '198.51.100.7'))
    expect(await liftBan(null, form({ banId: ban!.id }))).toMatchObject({ ok: true })
    const [lifted] = await db.select().from(commenterBans).where(eq(commenterBans.id, ban!.id))
    expect(lifted!.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now())
  })

  it('asks for a selection before a bulk action, and refuses an invalid blocked IP', async () => {
    testSession.user = viewers.editor
    expect(await moderateComments(null, form({ op: 'approve' }))).toMatchObject({ ok: false, error: 'moderation.errors.nothingSelected' })
    testSession.user = viewers.admin
    const result = await saveCommentSettingsAction(null, form({ ...Object.fromEntries(Object.entries(DEFAULT_COMMENT_SETTINGS).filter(([, v]) => typeof v === 'number').map(([k, v]) => [k, String(v)])), blockIps: '10.0.0.0/8\nnot-an-ip' }))
    expect(result).toMatchObject({ ok: false, error: 'moderation.settings.invalidIp', values: { entry: 'not-an-ip' } })
  })

  it('lets any reader report an approved comment, once per address', async () => {
    testSession.user = null
    const id = await pendingComment()
    await db.update(comments).set({ status: 'approved' }).where(eq(comments.id, id))
    expect(await reportComment(null, form({ commentId: id, reason: 'Insultant' }))).toMatchObject({ ok: true })
    expect(await reportComment(null, form({ commentId: id }))).toMatchObject({ ok: true })
    const [row] = await db.select({ reportCount: comments.reportCount }).from(comments).where(eq(comments.id, id))
    expect(row!.reportCount).toBe(1)
    expect(await reportComment(null, form({ commentId: randomUUID() }))).toMatchObject({ ok: false, error: 'comments.errors.commentGone' })
  })
})
