// Cookies a commenter's browser keeps. Both are read only in per-request code (a Suspense hole, an action, the
// route handler), never in cached HTML.
import { z } from 'zod'

/** Ids of this browser's comments that others do not see yet (held or shadow-banned); only the author has them. */
export const OWN_COMMENTS_COOKIE = 'kiosque_own_comments'
/** "Remember me": name, email and website, to fill the form next time. */
export const COMMENTER_COOKIE = 'kiosque_commenter'
export const COOKIE_MAX_AGE = 60 * 60 * 24 * 365
const MAX_OWN = 30

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export function readOwnCommentIds(value: string | undefined): string[] {
  return (value ?? '').split('.').filter((id) => uuid.test(id)).slice(-MAX_OWN)
}

export function addOwnCommentId(value: string | undefined, id: string): string {
  return [...readOwnCommentIds(value).filter((existing) => existing !== id), id].slice(-MAX_OWN).join('.')
}

export const commenterSchema = z.object({ name: z.string().max(100), email: z.string().max(254), url: z.string().max(500) })
export type RememberedCommenter = z.infer<typeof commenterSchema>

export function readCommenter(value: string | undefined): RememberedCommenter | null {
  if (!value) return null
  try {
    const parsed = commenterSchema.safeParse(JSON.parse(value))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
