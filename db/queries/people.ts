import 'server-only'
// Staff management: invitations, roles, deactivation, author profiles. Every change that should end someone's
// sessions bumps users.sessionVersion (lib/session.ts compares it on each request).
import { createHash, randomBytes } from 'node:crypto'
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm'
import { tags as cacheTags } from '@/lib/cache-tags'
import { UserError } from '@/lib/errors'
import { hashPassword } from '@/lib/password'
import type { Viewer } from '@/lib/permissions'
import { slugify } from '@/lib/slug'
import { db } from '../index'
import { invitations, type Language, type OptionalLocalizedText, type Role, users } from '../schema'
import { recordAudit } from './audit'

export const INVITATION_TTL_MS = 7 * 24 * 3_600_000
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Creates an invitation and returns the one-time token (only its hash is stored). */
export async function createInvitation(viewer: Viewer, email: string, role: Role, now = new Date()) {
  const address = email.trim().toLowerCase()
  const [existing] = await db.select({ id: users.id, hasPassword: sql<boolean>`${users.passwordHash} is not null` }).from(users).where(eq(users.email, address))
  if (existing?.hasPassword) throw new UserError('newsroom.people.errors.alreadyMember', { email: address })
  const token = randomBytes(32).toString('base64url')
  await db.insert(invitations).values({
    email: address,
    role,
    tokenHash: hashToken(token),
    invitedById: viewer.id,
    userId: existing?.id ?? null, // an imported author without a password claims their byline
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
  })
  await recordAudit({ actorId: viewer.id, action: 'user.invite', targetType: 'invitation', details: { email: address, role } })
  return token
}

export async function findOpenInvitation(token: string, now = new Date()) {
  const [row] = await db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, userId: invitations.userId })
    .from(invitations)
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
    .limit(1)
  return row ?? null
}

/** Accepting sets the person's name and password; the link then stops working. */
export async function acceptInvitation(token: string, name: string, password: string, locale: Language = 'fr', now = new Date()) {
  const passwordHash = await hashPassword(password)
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
      .returning()
    if (!invitation) throw new UserError('newsroom.people.errors.invitationInvalid')
    if (invitation.userId) {
      await tx.update(users).set({ name, passwordHash, role: invitation.role, active: true, locale }).where(eq(users.id, invitation.userId))
      return { email: invitation.email }
    }
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email))
    if (taken) throw new UserError('newsroom.people.errors.alreadyMember', { email: invitation.email })
    const base = slugify(name) || 'auteur'
    const [clash] = await tx.select({ id: users.id }).from(users).where(eq(users.slug, base))
    const slug = clash ? `${base}-${randomBytes(2).toString('hex')}` : base
    await tx.insert(users).values({ email: invitation.email, name, slug, role: invitation.role, passwordHash, locale })
    return { email: invitation.email }
  })
}

/** New role; the person's current sessions end at their next request. Nobody changes their own role. */
export async function changeRole(viewer: Viewer, userId: string, role: Role) {
  if (userId === viewer.id) throw new UserError('newsroom.people.errors.notYourself')
  const [row] = await db
    .update(users)
    .set({ role, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, userId), ne(users.role, role)))
    .returning({ id: users.id })
  if (row) await recordAudit({ actorId: viewer.id, action: 'user.role', targetType: 'user', targetId: userId, details: { role } })
}

export async function setActive(viewer: Viewer, userId: string, active: boolean) {
  if (userId === viewer.id) throw new UserError('newsroom.people.errors.notYourself')
  await db
    .update(users)
    .set({ active, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
  await recordAudit({ actorId: viewer.id, action: active ? 'user.reactivate' : 'user.deactivate', targetType: 'user', targetId: userId })
}

export async function getProfile(userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, slug: users.slug, bio: users.bio, avatarMediaId: users.avatarMediaId, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
  return row ?? null
}

/** Author page details. Returns the cache tags of the author page (its slug does not change here). */
export async function updateProfile(viewer: Viewer, userId: string, profile: { name: string; bio: OptionalLocalizedText; avatarMediaId: string | null }) {
  const [row] = await db
    .update(users)
    .set({ name: profile.name, bio: Object.keys(profile.bio).length ? profile.bio : null, avatarMediaId: profile.avatarMediaId })
    .where(eq(users.id, userId))
    .returning({ slug: users.slug })
  if (!row) throw new UserError('newsroom.people.errors.userNotFound')
  await recordAudit({ actorId: viewer.id, action: 'user.profile', targetType: 'user', targetId: userId })
  return [cacheTags.author(row.slug), cacheTags.articles] // bylines appear in every list
}

export async function listStaff() {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active, lastSignInAt: users.lastSignInAt, hasPassword: sql<boolean>`${users.passwordHash} is not null` })
    .from(users)
    .orderBy(users.name)
}
