import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { env } from '@/lib/env'
import { COMMENTER_COOKIE, COOKIE_MAX_AGE, OWN_COMMENTS_COOKIE, addOwnCommentId, commenterSchema, type RememberedCommenter } from './cookies'
import type { CommentForm, SubmitOutcome } from './submit'

type CookieJar = {
  get(name: string): { value: string } | undefined
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: 'lax'; path: string; maxAge: number; secure: boolean }): unknown
  delete(name: string): unknown
}

/** What a commenter's cookies become after a post: the comment to show its author, and who to remember (or forget). */
export type CookieChange = { own: string | null; remember: RememberedCommenter | null }

const options = (maxAge: number) => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', maxAge, secure: env.NODE_ENV === 'production' && env.SITE_URL.startsWith('https:') })

/**
 * After a post: remember the comment if only its author may see it (held, shadow-banned), and the commenter's
 * name/email/website if they ticked "remember me" (forget them if they did not).
 */
export function cookieChangeAfterPost(form: CommentForm, outcome: Extract<SubmitOutcome, { ok: true }>): CookieChange {
  return {
    own: outcome.hiddenFromOthers ? outcome.comment.id : null,
    remember: form.remember === 'on' ? { name: form.name, email: form.email, url: form.url } : null,
  }
}

/** Applies a change to the cookie jar; returns the own-comment ids the browser now holds. */
export function applyCookieChange(jar: CookieJar, change: CookieChange): string | undefined {
  let own = jar.get(OWN_COMMENTS_COOKIE)?.value
  if (change.own) {
    own = addOwnCommentId(own, change.own)
    jar.set(OWN_COMMENTS_COOKIE, own, options(60 * 60 * 24 * 30))
  }
  if (change.remember) jar.set(COMMENTER_COOKIE, JSON.stringify(change.remember), options(COOKIE_MAX_AGE))
  else if (jar.get(COMMENTER_COOKIE)) jar.delete(COMMENTER_COOKIE)
  return own
}

// The server action cannot set these cookies itself: a Server Action that sets a cookie makes Next render the whole
// article into its answer (56 KB per post, most of a post's cost under load). It returns the change as a receipt
// instead, signed so a browser cannot add other people's held comments to its cookie, and the page's reader part
// hands it to /api/comments/reader, which sets the cookies. A receipt is good for a few minutes.
const RECEIPT_TTL_MS = 10 * 60_000
const receiptSchema = z.object({ own: z.uuid().nullable(), remember: commenterSchema.nullable(), at: z.number().int() })

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`comment-receipt:${payload}`).digest('base64url')
}

export function issueReceipt(change: CookieChange, secret: string, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ ...change, at: now.getTime() })).toString('base64url')
  return `${payload}.${sign(payload, secret)}`
}

/** null for a receipt this server did not sign, that was altered, or that is too old. */
export function readReceipt(receipt: string, secret: string, now: Date): CookieChange | null {
  const [payload = '', signature = '', ...rest] = receipt.split('.')
  if (rest.length || !payload || !signature) return null
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  let parsed: z.infer<typeof receiptSchema>
  try {
    parsed = receiptSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')))
  } catch {
    return null
  }
  const age = now.getTime() - parsed.at
  return age >= 0 && age <= RECEIPT_TTL_MS ? { own: parsed.own, remember: parsed.remember } : null
}
