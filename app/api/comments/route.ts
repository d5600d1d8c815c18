// The target of the comment form when JavaScript is off. A server action always answers 200, but a reader who
// posts too often must get a real 429 (and a bad post a real 4xx), so the plain HTML form posts here: success is
// a 303 back to the article (at the comment, or at the "awaiting moderation" notice); a refusal is a small page
// with the status, the reason and the reader's text. With JavaScript the same fields go to postComment.
import { revalidateTag } from 'next/cache'
import { cookies, headers } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'
import { tags } from '@/lib/cache-tags'
import { clientIp } from '@/lib/client-ip'
import { getCommentSettings } from '@/db/queries/comments'
import { renderedPagesExpire } from '@/lib/rendered-pages'
import { renderCommentErrorPage } from '@/lib/comments/error-page'
import { commentFormProblems, type Problem } from '@/lib/comments/form-problems'
import { applyCookieChange, cookieChangeAfterPost } from '@/lib/comments/remember'
import { REPLY_TO_PARAM, readReplyTo } from '@/lib/comments/reply-to'
import { commentFormSchema, submitComment } from '@/lib/comments/submit'
import { isLocale, type Locale } from '@/lib/i18n/config'
import { getDictionary, translate } from '@/lib/i18n/dictionaries'
import { formatDate } from '@/lib/i18n/format'
import { paths } from '@/lib/paths'
import { can } from '@/lib/permissions'
import { getViewer } from '@/lib/session'

function refuse(status: number, locale: Locale, message: string, details: string[], text: string, backHref: string) {
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
  const back = backTo(request)
  const t = getDictionary(back.locale)
  // Cross-site posts are refused: another site must not make a visitor comment here.
  const origin = request.headers.get('origin')
  if (origin && !sameHost(origin, request)) return refuse(403, back.locale, t.errors.forbidden, [], '', back.href)

  // The same gate as the postComment server action (defineAction): who may comment is decided in one place.
  const viewer = await getViewer()
  if (!can(viewer, 'comment.create')) return refuse(403, back.locale, t.errors.forbidden, [], '', back.href)

  const form = await request.formData().catch(() => null)
  const raw: Record<string, FormDataEntryValue | null> = form ? Object.fromEntries([...form.keys()].map((key) => [key, form.get(key)])) : {}
  if (!raw.parentId && back.replyTo) raw.parentId = back.replyTo
  const text = typeof raw.body === 'string' ? raw.body : ''
  const input = commentFormSchema.safeParse(raw)
  if (!input.success) {
    // Every problem at once (the text's length too): the reader fixes the form in one go, not one field per post.
    const fields = z.flattenError(input.error).fieldErrors as Record<string, string[] | undefined>
    const { message, details } = commentFormProblems(fields, text, await getCommentSettings())
    const say = (problem: Problem) => translate(t, problem.key, problem.values)
    return refuse(422, back.locale, say(message), details.map(say), text, back.href)
  }

  const outcome = await submitComment(input.data, {
    viewer,
    ip: await clientIp(),
    userAgent: (await headers()).get('user-agent'),
    now: new Date(),
  })
  if (!outcome.ok) {
    const values = outcome.values?.until ? { ...outcome.values, until: formatDate(new Date(String(outcome.values.until)), back.locale) } : outcome.values
    const response = refuse(outcome.status, back.locale, translate(t, outcome.error, values), [], text, back.href)
    if (outcome.status === 429 && values?.seconds) response.headers.set('Retry-After', String(values.seconds))
    return response
  }

  applyCookieChange(await cookies(), cookieChangeAfterPost(input.data, outcome))
  // Only this article's thread, and only when it changed; expired at once so the reader, sent there, sees it.
  if (!outcome.hiddenFromOthers) {
    revalidateTag(tags.comments(outcome.article.id), { expire: 0 })
    renderedPagesExpire([tags.comments(outcome.article.id)])
  }
  // The page's static notices, shown by :target: "awaiting moderation", or "published" (also for a shadow-banned
  // author, to whom their comment must look published).
  const anchor = outcome.hiddenFromOthers && !outcome.comment.shadow ? 'comment-held' : 'comment-posted'
  // A relative Location: the browser stays on the host it used, whatever name the server knows itself by.
  return new NextResponse(null, { status: 303, headers: { location: `${paths.article(outcome.article)}#${anchor}` } })
}

