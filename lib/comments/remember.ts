import 'server-only'
import { env } from '@/lib/env'
import { COMMENTER_COOKIE, COOKIE_MAX_AGE, OWN_COMMENTS_COOKIE, addOwnCommentId } from './cookies'
import type { CommentForm, SubmitOutcome } from './submit'

type CookieJar = {
  get(name: string): { value: string } | undefined
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: 'lax'; path: string; maxAge: number; secure: boolean }): unknown
  delete(name: string): unknown
}

const options = (maxAge: number) => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', maxAge, secure: env.NODE_ENV === 'production' && env.SITE_URL.startsWith('https:') })

/**
 * After a post: remember the comment if only its author may see it (held, shadow-banned), and the commenter's
 * name/email/website if they ticked "remember me" (forget them if they did not).
 */
export function rememberCommenter(jar: CookieJar, form: CommentForm, outcome: Extract<SubmitOutcome, { ok: true }>) {
  if (outcome.hiddenFromOthers) {
    jar.set(OWN_COMMENTS_COOKIE, addOwnCommentId(jar.get(OWN_COMMENTS_COOKIE)?.value, outcome.comment.id), options(60 * 60 * 24 * 30))
  }
  if (form.remember === 'on') {
    jar.set(COMMENTER_COOKIE, JSON.stringify({ name: form.name, email: form.email, url: form.url }), options(COOKIE_MAX_AGE))
  } else if (jar.get(COMMENTER_COOKIE)) {
    jar.delete(COMMENTER_COOKIE)
  }
}
