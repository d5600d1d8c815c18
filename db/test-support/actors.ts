// Everyone a server action may be called by, for the authorization tests of app/dashboard/**/actions.db.test.ts:
// each role, a signed-out visitor and a deactivated account. Tests stub only the session: they set
// `session.user` and the real findActiveViewer decides who that is (so a deactivated account is nobody).
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/db'
import { users, ROLES, type Role } from '@/db/schema'
import { can, type Permission, type Viewer } from '@/lib/permissions'
import { makeUser } from './factories'

export type SessionUser = { id: string; sessionVersion: number }
export type Actor = { label: string; user: SessionUser | null; viewer: Viewer | null }

/**
 * Who is signed in, for every db test file at once. The db project shares one module cache (isolate: false), so
 * the first file's stub of lib/session is the one lib/action.ts keeps: every file must stub it the same way, and
 * sign in through this one object.
 */
export const testSession: { user: SessionUser | null } = ((globalThis as { kiosqueTestSession?: { user: SessionUser | null } }).kiosqueTestSession ??= {
  user: null,
})

/** `vi.mock('@/lib/session', async () => (await import('@/db/test-support/actors')).sessionModule())` */
export const sessionModule = () => ({ getViewer: async () => viewerFor(testSession.user) })

/** `vi.mock('next/headers', …)`: one reader's request, the same for every file (see testSession). */
export const headersModule = () => ({
  headers: async () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '192.0.2.200' }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
})

/** What `getViewer` is stubbed with: the real lookup, on the user the test says is signed in. */
export async function viewerFor(user: SessionUser | null): Promise<Viewer | null> {
  if (!user) return null
  const { findActiveViewer } = await import('@/db/queries/users')
  return findActiveViewer(user.id, user.sessionVersion)
}

async function actorFor(role: Role, label: string = role, active = true): Promise<Actor> {
  const row = await makeUser(role)
  const user = { id: row.id, sessionVersion: row.sessionVersion }
  // Deactivated after signing in: their cookie still names them, but they are nobody from the next request on.
  if (!active) await db.update(users).set({ active: false }).where(eq(users.id, row.id))
  return { label, user, viewer: await viewerFor(user) }
}

export async function makeActors(): Promise<Actor[]> {
  const roles = await Promise.all(ROLES.map((role) => actorFor(role)))
  return [...roles, { label: 'anonymous', user: null, viewer: null }, await actorFor('admin', 'deactivated admin', false)]
}

export const ACTOR_LABELS = [...ROLES, 'anonymous', 'deactivated admin'] as const

export function form(fields: Record<string, string | Blob | (string | Blob)[]>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item)
  return data
}

/** Refused at the gate: the factory's answer for someone signed in without the right, or for nobody. */
export const refusal = (actor: Actor) => ({ ok: false, error: actor.viewer ? 'errors.forbidden' : 'errors.signInRequired' })

/**
 * One action, one kind of caller: set up, call, and read back whether it happened. Allowed callers must get
 * `ok: true` and the effect; everyone else the gate's refusal and no effect.
 */
export type ActionCase<C> = {
  name: string
  permission: Permission
  prepare: () => Promise<C>
  run: (context: C, actor: Actor) => Promise<{ ok: boolean }>
  happened: (context: C, actor: Actor) => Promise<boolean>
}

export async function checkCase<C>(actor: Actor, item: ActionCase<C>) {
  const context = await item.prepare()
  testSession.user = actor.user
  const allowed = can(actor.viewer, item.permission)
  const result = await item.run(context, actor)
  if (allowed) expect(result, `${actor.label} → ${item.name}`).toMatchObject({ ok: true })
  else expect(result, `${actor.label} → ${item.name}`).toEqual(refusal(actor))
  expect(await item.happened(context, actor), `${actor.label} → ${item.name} happened`).toBe(allowed)
}

/** Each case is type-checked against its own context here; the list then holds cases of different contexts. */
export const actionCase = <C>(item: ActionCase<C>) => item as unknown as ActionCase<unknown>

/**
 * Runs every case for every kind of caller (one `describe` per actor) and returns a lookup of the actors by label,
 * for the file's own extra tests.
 */
export function describeEveryActor(cases: ActionCase<unknown>[]): (label: (typeof ACTOR_LABELS)[number]) => Actor {
  let actors: Actor[] = []
  beforeAll(async () => {
    actors = await makeActors()
  })
  describe.each(ACTOR_LABELS)('as %s', (label) => {
    it.each(cases.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
      await checkCase(actors.find((a) => a.label === label)!, item)
    })
  })
  return (label) => actors.find((a) => a.label === label)!
}
