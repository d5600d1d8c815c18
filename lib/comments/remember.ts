import 'server-only'
import { env } from '@/lib/env'
import { COMMENTER_COOKIE, COOKIE_MAX_AGE, OWN_COMMENTS_COOKIE, addOwnCommentId, type RememberedCommenter } from './cookies'
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
