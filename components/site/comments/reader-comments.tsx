import { cookies, headers } from 'next/headers'
import { connection } from 'next/server'
import { RelativeTime } from '@/components/site/relative-time'
import { findCommentOfArticle, listOwnHiddenComments } from '@/db/queries/comments'
import { COMMENTER_COOKIE, OWN_COMMENTS_COOKIE, readCommenter, readOwnCommentIds } from '@/lib/comments/cookies'
import { REPLY_TO_HEADER, readReplyTo } from '@/lib/comments/reply-to'
import { formTokenSecret } from '@/lib/comments/secret'
import { issueFormToken } from '@/lib/comments/token'
import type { Locale } from '@/lib/i18n/config'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { getViewer } from '@/lib/session'
import { CommentAuthor, CommentBody } from './comment-body'
import { IdentityFill, ReplyTarget } from './identity-fill'

/**
 * The per-reader part of a cached article page under the thread, rendered per request inside <Suspense>: the
 * reader's own held or shadowed comments. (With JavaScript; a streamed Suspense part stays hidden without it, which
 * is why the notices after a post are static elements shown by :target.)
 */
export async function ReaderComments(props: { articleId: string; locale: Locale; t: Dictionary['comments'] }) {
  const { articleId, locale, t } = props
  await connection() // per request: the reader's cookies are never part of a prerender
  const jar = await cookies()
  const own = await listOwnHiddenComments(articleId, readOwnCommentIds(jar.get(OWN_COMMENTS_COOKIE)?.value))
  const held = own.filter((comment) => !comment.shadow)
  const shadowed = own.filter((comment) => comment.shadow)
  return (
    <>
      {/* A shadow-banned commenter sees their comments as if published; nobody else does. */}
      {shadowed.length ? (
        <ol className="mt-6 flex flex-col gap-6">
          {shadowed.map((comment) => (
            <li key={comment.id}>
              <article id={`comment-${comment.id}`} className="scroll-mt-8">
                <header className="flex flex-wrap items-baseline gap-x-3 text-sm">
                  <CommentAuthor name={comment.authorName} url={comment.authorUrl} />
                  <RelativeTime date={comment.createdAt.toISOString()} locale={locale} />
                </header>
                <CommentBody body={comment.body} />
              </article>
            </li>
          ))}
        </ol>
      ) : null}
      {held.length ? (
        <section aria-labelledby="own-held-heading" className="mt-6 rounded border border-amber-300 bg-amber-50 p-4">
          <h3 id="own-held-heading" className="font-bold">
            {t.yours}
          </h3>
          <ol className="mt-2 flex flex-col gap-4">
            {held.map((comment) => (
              <li key={comment.id}>
                <article id={`comment-${comment.id}`} className="scroll-mt-8">
                  <header className="flex flex-wrap items-baseline gap-x-3 text-sm">
                    <CommentAuthor name={comment.authorName} url={comment.authorUrl} />
                    <RelativeTime date={comment.createdAt.toISOString()} locale={locale} />
                  </header>
                  <p className="mt-1 text-sm font-semibold text-amber-900">{t.awaiting}</p>
                  <CommentBody body={comment.body} />
                </article>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  )
}

/**
 * The per-request part of the "Leave a Comment" area: the form's one-time token and, after the "Reply" link without
 * JavaScript (?replyto=, handed over by proxy.ts as a header), the parent's id. Both are fields tied to the form by
 * its id, so they are sent even though a streamed Suspense part stays hidden without JavaScript. With JavaScript,
 * it also tells the form who the reader is (remembered or signed in) and opens the reply inline.
 */
export async function RespondContext(props: { articleId: string; formId: string }) {
  const { articleId, formId } = props
  await connection() // per request: the clock and the token below are never part of a prerender
  const now = new Date()
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()])
  const replyTo = readReplyTo(requestHeaders.get(REPLY_TO_HEADER))
  const [viewer, parent] = await Promise.all([getViewer(), replyTo ? findCommentOfArticle(replyTo, articleId) : null])
  const remembered = readCommenter(jar.get(COMMENTER_COOKIE)?.value)
  const identity = viewer ? { name: viewer.name, email: viewer.email, url: '', staff: true } : remembered ? { ...remembered, staff: false } : null
  const replyable = parent && parent.status === 'approved' && !parent.shadow ? parent : null
  return (
    <>
      <input type="hidden" name="token" form={formId} value={issueFormToken(formTokenSecret(), now)} />
      {identity ? <IdentityFill identity={identity} /> : null}
      {replyable ? <ReplyTarget id={replyable.id} name={replyable.authorName} formId={formId} /> : null}
    </>
  )
}
