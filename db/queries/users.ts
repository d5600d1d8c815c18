import 'server-only'
import { and, eq, sql } from 'drizzle-orm'
import type { Viewer } from '@/lib/permissions'
import { db } from '../index'
import { type Language, users } from '../schema'

/** The signed-in person as of now: null when deactivated or when their session version was bumped. */
export async function findActiveViewer(id: string, sessionVersion: number): Promise<Viewer | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), eq(users.sessionVersion, sessionVersion)))
    .limit(1)
  return row ?? null
}

export async function findUserForSignIn(email: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1)
  return row ?? null
}

/** The language this person's dashboard speaks. */
export async function updateUserLocale(userId: string, locale: Language): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId))
}

export async function recordSignIn(userId: string): Promise<void> {
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, userId))
}

/** The staff list for administrators. */
export async function listUsers() {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .orderBy(users.name)
}

export async function findAuthorName(id: string): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id)).limit(1)
  return row?.name ?? null
}
