import { cookies } from 'next/headers'
import { connection } from 'next/server'
import { RelativeTime } from '@/components/site/relative-time'
import { listOwnHiddenComments } from '@/db/queries/comments'
import { COMMENTER_COOKIE, OWN_COMMENTS_COOKIE, readCommenter, readOwnCommentIds } from '@/lib/comments/cookies'
import { formTokenSecret } from '@/lib/comments/secret'
import { issueFormToken } from '@/lib/comments/token'
import type { Locale } from '@/lib/i18n/config'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { getViewer } from '@/lib/session'
import { CommentAuthor, CommentBody } from './comment-body'
import { ClosedByAge, IdentityFill } from './identity-fill'

/**
 * The per-reader part of a cached article page, rendered per request inside <Suspense>: the form's one-time token
 * (tied to the form by its id, so it is sent even where this part arrives after the form), the reader's own held
 * comments, and who they are (remembered or signed in) to fill the form.
 */
export async function ReaderComments(props: { articleId: string; formId: string; locale: Locale; closesAt: string | null; t: Dictionary['comments'] }) {
  const { articleId, formId, locale, closesAt, t } = props
  await connection() // per request: the clock and the token below are never part of a prerender
  const jar = await cookies()
  const now = new Date()
  const [viewer, own] = await Promise.all([getViewer(), listOwnHiddenComments(articleId, readOwnCommentIds(jar.get(OWN_COMMENTS_COOKIE)?.value))])
  const remembered = readCommenter(jar.get(COMMENTER_COOKIE)?.value)
  const identity = viewer ? { name: viewer.name, email: viewer.email, url: '', staff: true } : remembered ? { ...remembered, staff: false } : null
  const held = own.filter((comment) => !comment.shadow)
  const shadowed = own.filter((comment) => comment.shadow)
  return (
    <>
      <input type="hidden" name="token" form={formId} value={issueFormToken(formTokenSecret(), now)} />
      {closesAt && now.getTime() > new Date(closesAt).getTime() ? <ClosedByAge /> : null}
      {identity ? <IdentityFill identity={identity} /> : null}
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
