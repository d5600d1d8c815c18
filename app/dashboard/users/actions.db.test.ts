// Every people action, through the real server action, for every kind of caller (db/test-support/actors.ts): only
// administrators manage people. The permission table says who may, the database says whether it happened.
import { eq } from 'drizzle-orm'
import { describe, expect, it, vi } from 'vitest'
import { db } from '@/db'
import { invitations, users } from '@/db/schema'
import { actionCase, describeEveryActor, form, testSession } from '@/db/test-support/actors'
import { makeUser, unique } from '@/db/test-support/factories'
import type { MailMessage } from '@/lib/mail/transport'

const outbox = vi.hoisted(() => [] as MailMessage[])
vi.mock('@/lib/session', async () => (await import('@/db/test-support/actors')).sessionModule())
vi.mock('next/headers', async () => (await import('@/db/test-support/actors')).headersModule())
vi.mock('@/lib/mail/transport', () => ({ getMailTransport: () => ({ delivers: true, send: async (message: MailMessage) => void outbox.push(message) }) }))

const { changeRoleAction, inviteAction, setActiveAction, updateProfileAction } = await import('./actions')

const person = async () => (await makeUser('journalist')).id
const userRow = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0]!

const cases = [
  actionCase({
    name: 'invite someone',
    permission: 'user.manage',
    prepare: async () => ({ email: `${unique('invitee')}@test.kiosque` }),
    run: ({ email }) => inviteAction(null, form({ email, role: 'journalist', locale: 'en' })),
    happened: async ({ email }) => (await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.email, email))).length === 1,
  }),
  actionCase({
    name: 'change a role',
    permission: 'user.manage',
    prepare: async () => ({ id: await person() }),
    run: ({ id }) => changeRoleAction(null, form({ id, role: 'editor' })),
    happened: async ({ id }) => (await userRow(id)).role === 'editor',
  }),
  actionCase({
    name: 'deactivate an account',
    permission: 'user.manage',
    prepare: async () => ({ id: await person() }),
    run: ({ id }) => setActiveAction(null, form({ id, active: 'false' })),
    happened: async ({ id }) => !(await userRow(id)).active,
  }),
  actionCase({
    name: 'edit an author profile',
    permission: 'user.manage',
    prepare: async () => ({ id: await person(), name: unique('Nom public') }),
    run: ({ id, name }) => updateProfileAction(null, form({ id, name, bioFr: 'Reporter', bioEn: '', bioAr: '', avatarMediaId: '' })),
    happened: async ({ id, name }) => (await userRow(id)).name === name,
  }),
]

const actor = describeEveryActor(cases)

describe('the invitation mail', () => {
  it('is written in the language the inviter chose, and its link opens the page in it', async () => {
    testSession.user = actor('admin').user
    const email = `${unique('lina')}@test.kiosque`
    expect(await inviteAction(null, form({ email, role: 'editor', locale: 'ar' }))).toMatchObject({ ok: true, data: { link: expect.stringMatching(/\/invite\/[\w-]+\?lang=ar$/) } })
    const mail = outbox.find((message) => message.to === email)!
    expect(mail.subject).toBe('دعوة للانضمام إلى غرفة أخبار كيوسك')
    expect(mail.text).toContain('محرر')
  })
})

describe('the author bio', () => {
  it('is kept per language, without the languages left empty, and an all-empty bio is none', async () => {
    testSession.user = actor('admin').user
    const id = await person()
    const save = (bioFr: string, bioEn: string, bioAr: string) => updateProfileAction(null, form({ id, name: 'Sarah Haddad', bioFr, bioEn, bioAr, avatarMediaId: '' }))
    expect(await save(' Journaliste culture ', '', 'صحفية ثقافة')).toMatchObject({ ok: true })
    expect((await userRow(id)).bio).toEqual({ fr: 'Journaliste culture', ar: 'صحفية ثقافة' })
    expect(await save('', ' ', '')).toMatchObject({ ok: true })
    expect((await userRow(id)).bio).toBeNull()
  })
})
