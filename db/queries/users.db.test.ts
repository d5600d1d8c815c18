import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { users } from '@/db/schema'
import { makeUser } from '../test-support/factories'
import { findActiveViewer, findUserForSignIn } from './users'

describe('viewer resolution', () => {
  it('finds an active user whose session version matches', async () => {
    const user = await makeUser('editor')
    expect(await findActiveViewer(user.id, user.sessionVersion)).toMatchObject({ id: user.id, role: 'editor' })
  })

  it('ends sessions on deactivation and on a session-version bump (role change, sign out everywhere)', async () => {
    const deactivated = await makeUser()
    await db.update(users).set({ active: false }).where(eq(users.id, deactivated.id))
    expect(await findActiveViewer(deactivated.id, deactivated.sessionVersion)).toBeNull()

    const demoted = await makeUser('editor')
    await db.update(users).set({ role: 'journalist', sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, demoted.id))
    expect(await findActiveViewer(demoted.id, demoted.sessionVersion)).toBeNull()
    expect(await findActiveViewer(demoted.id, demoted.sessionVersion + 1)).toMatchObject({ role: 'journalist' })
  })

  it('looks up sign-ins case-insensitively', async () => {
    const user = await makeUser()
    expect((await findUserForSignIn(user.email.toUpperCase()))?.id).toBe(user.id)
    expect(await findUserForSignIn('nobody@nowhere.test')).toBeNull()
  })

  it('refuses a second account with the same email', async () => {
    const user = await makeUser()
    await expect(db.insert(users).values({ email: user.email, name: 'Copy', slug: `${user.slug}-2` })).rejects.toThrow()
  })
})
