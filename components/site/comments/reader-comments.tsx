import { cookies } from 'next/headers'
import { connection } from 'next/server'
import { RelativeTime } from '@/components/site/relative-time'
import { findCommentOfArticle, listOwnHiddenComments } from '@/db/queries/comments'
import { COMMENTER_COOKIE, OWN_COMMENTS_COOKIE, readCommenter, readOwnCommentIds } from '@/lib/comments/cookies'
import { formTokenSecret } from '@/lib/comments/secret'
import { issueFormToken } from '@/lib/comments/token'
import type { Locale } from '@/lib/i18n/config'
import { type Dictionary, interpolate } from '@/lib/i18n/dictionaries'
import { getViewer } from '@/lib/session'
import { CommentAuthor, CommentBody } from './comment-body'
import { IdentityFill, ReplyTarget } from './identity-fill'

export type CommentSearchParams = Promise<Record<string, string | string[] | undefined>>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A comment id from the query string (?replyto=, ?posted=), or null. */
async function commentParam(searchParams: CommentSearchParams, name: string): Promise<string | null> {
  const value = (await searchParams)[name]
  return typeof value === 'string' && UUID.test(value) ? value : null
}

/**
 * The per-reader part of a cached article page under the thread, rendered per request inside <Suspense>: the
 * "your comment is published" line after a post without JavaScript (?posted=<id>), and the reader's own held or
 * shadowed comments.
 */
export async function ReaderComments(props: { articleId: string; locale: Locale; t: Dictionary['comments']; searchParams: CommentSearchParams }) {
  const { articleId, locale, t, searchParams } = props
  await connection() // per request: the reader's cookies and query string are never part of a prerender
  const jar = await cookies()
  const postedId = await commentParam(searchParams, 'posted')
  const [own, posted] = await Promise.all([
    listOwnHiddenComments(articleId, readOwnCommentIds(jar.get(OWN_COMMENTS_COOKIE)?.value)),
    postedId ? findCommentOfArticle(postedId, articleId) : null,
  ])
  const held = own.filter((comment) => !comment.shadow)
  const shadowed = own.filter((comment) => comment.shadow)
  return (
    <>
      {/* Approved (or shadowed, which must look approved to its author): said like the "awaiting moderation" notice. */}
      {posted?.status === 'approved' && (!posted.shadow || shadowed.some((comment) => comment.id === posted.id)) ? (
        <p id="comment-posted" role="status" className="mt-4 scroll-mt-8 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t.posted}{' '}
          <a href={`#comment-${posted.id}`} className="font-semibold underline">
            {t.seeYourComment}
          </a>
        </p>
      ) : null}
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
 * The per-request part of the "Leave a Comment" area, inside #respond: the form's one-time token (tied to the form
 * by its id, so it is sent even where this part arrives after the form), who the reader is (remembered or signed in)
 * to fill the form, the closed notice once the thread has closed by age (CSS then hides the form and the Reply
 * links, with or without JavaScript), and the reply asked for by ?replyto=<id> (the "Reply" link without JavaScript).
 */
export async function RespondContext(props: {
  articleId: string
  formId: string
  closesAt: string | null
  articlePath: string
  t: Dictionary['comments']
  searchParams: CommentSearchParams
}) {
  const { articleId, formId, closesAt, articlePath, t, searchParams } = props
  await connection() // per request: the clock and the token below are never part of a prerender
  const now = new Date()
  if (closesAt && now.getTime() > new Date(closesAt).getTime()) {
    return (
      <p data-comments-closed className="mt-4 rounded border border-line bg-white p-4">
        {t.closed}
      </p>
    )
  }
  const jar = await cookies()
  const replyTo = await commentParam(searchParams, 'replyto')
  const [viewer, parent] = await Promise.all([getViewer(), replyTo ? findCommentOfArticle(replyTo, articleId) : null])
  const remembered = readCommenter(jar.get(COMMENTER_COOKIE)?.value)
  const identity = viewer ? { name: viewer.name, email: viewer.email, url: '', staff: true } : remembered ? { ...remembered, staff: false } : null
  const replyable = parent && parent.status === 'approved' && !parent.shadow ? parent : null
  return (
    <>
      <input type="hidden" name="token" form={formId} value={issueFormToken(formTokenSecret(), now)} />
      {identity ? <IdentityFill identity={identity} /> : null}
      {replyable ? (
        <ReplyTarget
          id={replyable.id}
          name={replyable.authorName}
          formId={formId}
          label={interpolate(t.replyingTo, { name: replyable.authorName })}
          cancelLabel={t.cancelReply}
          cancelHref={`${articlePath}#respond`}
        />
      ) : null}
    </>
  )
}
