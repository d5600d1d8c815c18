import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db'
import { auditLog, users } from '@/db/schema'
import type { Viewer } from '@/lib/permissions'
import { verifyPassword } from '@/lib/password'
import { makeUser, unique } from '../test-support/factories'
import { acceptInvitation, changeRole, createInvitation, findOpenInvitation, INVITATION_TTL_MS, setActive } from './people'
import { findActiveViewer } from './users'

const viewerOf = (user: { id: string; name: string; email: string; role: Viewer['role'] }): Viewer => ({ ...user, locale: 'fr' })

describe('invitations', () => {
  it('invite → accept creates the account once; the link then stops working', async () => {
    const admin = viewerOf(await makeUser('admin'))
    const email = `${unique('nouvelle')}@test.kiosque`
    const token = await createInvitation(admin, email.toUpperCase(), 'journalist')
    expect(await findOpenInvitation(token)).toMatchObject({ email, role: 'journalist' })
    await acceptInvitation(token, 'Nadia Benz', 'un-mot-de-passe', 'ar')
    const [user] = await db.select().from(users).where(eq(users.email, email))
    expect(user).toMatchObject({ name: 'Nadia Benz', role: 'journalist', active: true, locale: 'ar' }) // the invitation's language
    expect(await verifyPassword('un-mot-de-passe', user!.passwordHash!)).toBe(true)
    await expect(acceptInvitation(token, 'Autre', 'un-mot-de-passe')).rejects.toMatchObject({ messageKey: 'newsroom.people.errors.invitationInvalid' })
    await expect(createInvitation(admin, email, 'editor')).rejects.toMatchObject({ messageKey: 'newsroom.people.errors.alreadyMember' })
  })

  it('an expired invitation is refused', async () => {
    const admin = viewerOf(await makeUser('admin'))
    const then = new Date(Date.now() - INVITATION_TTL_MS - 1000)
    const token = await createInvitation(admin, `${unique('tard')}@test.kiosque`, 'journalist', then)
    expect(await findOpenInvitation(token)).toBeNull()
    await expect(acceptInvitation(token, 'X', 'un-mot-de-passe')).rejects.toMatchObject({ messageKey: 'newsroom.people.errors.invitationInvalid' })
  })
})

describe('roles and deactivation end sessions at the next request', () => {
  it('a role change bumps the session version and is audited; nobody changes their own', async () => {
    const admin = viewerOf(await makeUser('admin'))
    const person = await makeUser('journalist')
    await changeRole(admin, person.id, 'editor')
    expect(await findActiveViewer(person.id, person.sessionVersion)).toBeNull()
    expect(await findActiveViewer(person.id, person.sessionVersion + 1)).toMatchObject({ role: 'editor' })
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, person.id))
    expect(entry).toMatchObject({ action: 'user.role', actorId: admin.id, details: { role: 'editor' } })
    await expect(changeRole(admin, admin.id, 'journalist')).rejects.toMatchObject({ messageKey: 'newsroom.people.errors.notYourself' })
  })

  it('deactivation signs the person out; reactivation lets them sign in again', async () => {
    const admin = viewerOf(await makeUser('admin'))
    const person = await makeUser('journalist')
    await setActive(admin, person.id, false)
    expect(await findActiveViewer(person.id, person.sessionVersion)).toBeNull()
    expect(await findActiveViewer(person.id, person.sessionVersion + 1)).toBeNull()
    await setActive(admin, person.id, true)
    expect(await findActiveViewer(person.id, person.sessionVersion + 2)).toMatchObject({ id: person.id })
    await expect(setActive(admin, admin.id, false)).rejects.toMatchObject({ messageKey: 'newsroom.people.errors.notYourself' })
  })
})
