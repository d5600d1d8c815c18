// The dashboard's own actions, through the real server action, for every kind of caller (db/test-support/actors.ts).
import { eq } from 'drizzle-orm'
import { describe, expect, it, vi } from 'vitest'
import { db } from '@/db'
import { users } from '@/db/schema'
import { actionCase, describeEveryActor, form, testSession } from '@/db/test-support/actors'

vi.mock('@/lib/session', async () => (await import('@/db/test-support/actors')).sessionModule())
vi.mock('@/auth', () => ({ signOut: async () => undefined }))
vi.mock('next/headers', async () => (await import('@/db/test-support/actors')).headersModule())

const { setLocaleAction } = await import('./actions')

const localeOf = async (id: string) => (await db.select({ locale: users.locale }).from(users).where(eq(users.id, id)))[0]?.locale

const cases = [
  actionCase({
    name: 'choose the dashboard language',
    permission: 'dashboard.view',
    prepare: async () => null,
    run: () => setLocaleAction(null, form({ locale: 'ar' })),
    // Signed-out visitors have no account to change; a deactivated one keeps the language it had.
    happened: async (_context, actor) => (actor.user ? (await localeOf(actor.user.id)) === 'ar' : false),
  }),
]

const actor = describeEveryActor(cases)

describe('the language switcher', () => {
  it('accepts only the dashboard’s languages, and says so beside the select', async () => {
    testSession.user = actor('journalist').user
    expect(await setLocaleAction(null, form({ locale: 'de' }))).toMatchObject({ ok: false, fieldErrors: { locale: ['errors.fieldInvalid'] }, submitted: { locale: 'de' } })
    expect(await setLocaleAction(null, form({ locale: 'en' }))).toEqual({ ok: true, data: { locale: 'en' } })
    expect(await localeOf(testSession.user!.id)).toBe('en')
  })
})
