// The one endpoint for readers' comments. The form posts here with or without JavaScript:
// - without, as a plain HTML form: success is a 303 back to the article (at the comment, or at the "awaiting
//   moderation" notice); a refusal is a small page with a real status (422, 403, 429…), the reason and the text;
// - with, the form's script sends the same fields asking for JSON (Accept: application/json) and gets the same
//   statuses with an ActionResult body, which it shows in place.
// A route handler rather than a server action: a server action costs Next about 3 ms of CPU before any of our code
// runs (npm run bench, "comments-floor": 307-390 a second on this machine, refusing the form before any query),
// and a comment form is the one public write that crowds send at once. 148 posts a second went through the action,
// 240 through this handler, in the same run (bench/results/2026-11-26T21-14-43-364Z-default-pglite.md). It sets the
// commenter's cookies itself, where the action could not without rendering the whole article into its answer.
import { cookies, headers } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'
import { tags } from '@/lib/cache-tags'
import { clientIp } from '@/lib/client-ip'
import { getCommentRules } from '@/db/queries/comments'
import { expireTags } from '@/lib/expire-tags'
import { renderCommentErrorPage } from '@/lib/comments/error-page'
import { FIELD_MESSAGES, commentFormProblems, type Problem } from '@/lib/comments/form-problems'
import type { ActionResult, FieldErrors } from '@/lib/action'
import { applyCookieChange, cookieChangeAfterPost } from '@/lib/comments/remember'
import { REPLY_TO_PARAM, readReplyTo } from '@/lib/comments/reply-to'
import { commentFormSchema, submitComment } from '@/lib/comments/submit'
import { isLocale, type Locale } from '@/lib/i18n/config'
import { getDictionary, translate, type MessageKey } from '@/lib/i18n/dictionaries'
import { formatDate } from '@/lib/i18n/format'
import { paths } from '@/lib/paths'
import { can } from '@/lib/permissions'
import { getViewer } from '@/lib/session'

function errorPage(status: number, locale: Locale, message: string, details: string[], text: string, backHref: string) {
  const t = getDictionary(locale)
  const html = renderCommentErrorPage({
    locale,
    siteName: t.common.siteName,
    title: t.comments.formTitle,
    message,
    details,
    textLabel: t.comments.yourText,
    text,
    backLabel: t.comments.backToArticle,
    backHref,
  })
  return new NextResponse(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
}

/** What the enhanced form reads: the comment's id and whether it is held, or why it was refused. */
export type CommentPostResult = ActionResult<{ id: string; held: boolean }>

function json(result: CommentPostResult, status: number) {
  return NextResponse.json(result, { status, headers: { 'cache-control': 'no-store' } })
}

function sameHost(origin: string, request: NextRequest): boolean {
  try {
    return new URL(origin).host === (request.headers.get('host') ?? request.nextUrl.host)
  } catch {
    return false
  }
}

/**
 * Where the form came from, for the way back (same-site paths only), and the comment it answers: the cached page
 * cannot put the parent in the form, so the "Reply" link without JavaScript leaves it in the page address
 * (?replyto=, lib/comments/reply-to.ts), which the same-origin Referer carries here.
 */
function backTo(request: NextRequest): { href: string; locale: Locale; replyTo: string | null } {
  const referer = request.headers.get('referer')
  try {
    const url = referer ? new URL(referer) : null
    if (url && sameHost(url.origin, request)) {
      const lang = url.pathname.split('/')[1]
      return { href: `${url.pathname}#respond`, locale: isLocale(lang) ? lang : 'fr', replyTo: readReplyTo(url.searchParams.get(REPLY_TO_PARAM)) }
    }
  } catch {
    // an unparsable referer: fall back to the home page
  }
  return { href: '/', locale: 'fr', replyTo: null }
}

export async function POST(request: NextRequest) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  const back = backTo(request)
  const t = getDictionary(back.locale)
  const say = (problem: Problem) => translate(t, problem.key, problem.values)
  const refuse = (status: number, problem: Problem, more: { details?: Problem[]; fieldErrors?: FieldErrors; text?: string } = {}) => {
    if (wantsJson) {
      const { values } = problem
      return json({ ok: false, error: problem.key, ...(values ? { values } : {}), ...(more.fieldErrors ? { fieldErrors: more.fieldErrors } : {}) }, status)
    }
    // The page is read as it comes: a ban's end date in the reader's language.
    const until = problem.values?.until
    const values = until ? { ...problem.values, until: formatDate(new Date(String(until)), back.locale) } : problem.values
    return errorPage(status, back.locale, say({ key: problem.key, values }), (more.details ?? []).map(say), more.text ?? '', back.href)
  }

  // Cross-site posts are refused: another site must not make a visitor comment here.
  const origin = request.headers.get('origin')
  if (origin && !sameHost(origin, request)) return refuse(403, { key: 'errors.forbidden' })

  // Who may comment is decided in one place, as for every server action (lib/permissions.ts).
  const viewer = await getViewer()
  if (!can(viewer, 'comment.create')) return refuse(403, { key: 'errors.forbidden' })

  const form = await request.formData().catch(() => null)
  const raw: Record<string, FormDataEntryValue | null> = form ? Object.fromEntries([...form.keys()].map((key) => [key, form.get(key)])) : {}
  // The plain form's Reply link leaves the parent in the page address; the enhanced form always says it (or not).
  if (!wantsJson && !raw.parentId && back.replyTo) raw.parentId = back.replyTo
  const text = typeof raw.body === 'string' ? raw.body : ''
  const input = commentFormSchema.safeParse(raw)
  if (!input.success) {
    // Every problem at once (the text's length too): the reader fixes the form in one go, not one field per post.
    const fields = z.flattenError(input.error).fieldErrors as Record<string, string[] | undefined>
    const { message, details } = commentFormProblems(fields, text, await getCommentRules())
    if (!wantsJson) return refuse(422, message, { details, text })
    // The enhanced form marks name, e-mail and website next to each field; anything else (the text's length, a
    // reply to a comment that is gone) is its sentence, unless the form names no article of ours.
    const fieldErrors: FieldErrors = Object.fromEntries(details.flatMap((d) => (FIELD_OF[d.key] ? [[FIELD_OF[d.key], [d.key]]] : [])))
    const lead: Problem = fields.articleId ? message : (details.find((d) => !FIELD_OF[d.key]) ?? { key: 'errors.fieldsToFix' })
    return refuse(422, lead, { fieldErrors })
  }

  const outcome = await submitComment(input.data, {
    viewer,
    ip: await clientIp(),
    userAgent: (await headers()).get('user-agent'),
    now: new Date(),
  })
  if (!outcome.ok) {
    const response = refuse(outcome.status, { key: outcome.error, values: outcome.values }, { text })
    if (outcome.status === 429 && outcome.values?.seconds) response.headers.set('Retry-After', String(outcome.values.seconds))
    return response
  }

  applyCookieChange(await cookies(), cookieChangeAfterPost(input.data, outcome))
  // Only this article's thread, and only when it changed; expired at once so the reader, sent there, sees it.
  if (!outcome.hiddenFromOthers) expireTags([tags.comments(outcome.article.id)], 'request')
  // A shadow-banned author's comment must look published to them.
  const held = outcome.hiddenFromOthers && !outcome.comment.shadow
  if (wantsJson) return json({ ok: true, data: { id: outcome.comment.id, held } }, 201)
  // The page's static notices, shown by :target: "awaiting moderation" or "published". A relative Location: the
  // browser stays on the host it used, whatever name the server knows itself by.
  return new NextResponse(null, { status: 303, headers: { location: `${paths.article(outcome.article)}#${held ? 'comment-held' : 'comment-posted'}` } })
}

/** The form's fields, by the message their problem shows next to them. */
const FIELD_OF: Partial<Record<MessageKey, string>> = Object.fromEntries(Object.entries(FIELD_MESSAGES).map(([field, key]) => [key, field]))
