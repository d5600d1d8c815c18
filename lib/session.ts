import 'server-only'
import { forbidden, notFound, redirect } from 'next/navigation'
import { cookies } from 'next/headers'
import { connection } from 'next/server'
import { cache } from 'react'
import { auth } from '@/auth'
import { findActiveViewer } from '@/db/queries/users'
import type { Role } from '@/db/schema'
import { recordStatus } from './dashboard-records'
import { can, type Permission, type Viewer } from './permissions'

// Auth.js keeps the session in this cookie (split into .0, .1… when it is large; __Secure- over HTTPS).
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/

/**
 * Who is signed in, resolved once per request. The role and the active flag are re-read from the database, so a
 * demotion or a deactivation applies on the next request rather than when the token expires.
 * Without a session cookie nobody is: Auth.js is not asked, as it would make a CSRF token for every anonymous
 * request (a tenth of the CPU of a refused comment post, `--cpu-prof` under load).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  await connection() // a per-request answer: never part of a prerendered shell
  if (!(await cookies()).getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return null
  const session = await auth()
  const user = session?.user
  if (!user?.id) return null
  return findActiveViewer(user.id, user.sessionVersion)
})

export async function requireUser(callbackPath = '/dashboard'): Promise<Viewer> {
  const viewer = await getViewer()
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`)
  return viewer
}

/** For pages: signed-out visitors go to sign-in; signed-in people without the right get the 403 page. */
export async function requirePermission(permission: Permission, callbackPath?: string): Promise<Viewer> {
  const viewer = await requireUser(callbackPath)
  if (!can(viewer, permission)) forbidden()
  return viewer
}

export async function requireRole(roles: Role[], callbackPath?: string): Promise<Viewer> {
  const viewer = await requireUser(callbackPath)
  if (!roles.includes(viewer.role)) forbidden()
  return viewer
}

/**
 * For screens about one record (lib/dashboard-records.ts): a missing record gets the 404 page, someone else's the
 * 403 page. proxy.ts asks the same recordStatus first, so a page load also answers with that status.
 */
export function requireRecord<R extends { authorId: string }>(viewer: Viewer, permission: Permission, record: R | null): R {
  const status = recordStatus(viewer, permission, record)
  if (!record || status === 404) notFound()
  if (status === 403) forbidden()
  return record
}
