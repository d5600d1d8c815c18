import { getCommentDisplaySettings, listApprovedComments } from '@/db/queries/comments'
import { buildThread } from '@/lib/comments/thread'
import type { Locale } from '@/lib/i18n/config'
import { type Dictionary, formatCount, getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { CommentForm } from './comment-form'
import { CommentThread } from './comment-thread'
import { ClosedByAgeNotice } from './closed-by-age'
import { ReaderComments } from './reader-comments'

/** The messages an action may answer with, flattened for client components ("comments.errors.closed" → sentence). */
export function commentMessages(t: Dictionary): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [key, value] of Object.entries(t.errors)) flat[`errors.${key}`] = value
  for (const [key, value] of Object.entries(t.comments.errors)) flat[`comments.errors.${key}`] = value
  return flat
}

type Props = { articleId: string; articlePath: string; locale: Locale; commentsOpen: boolean; publishedAt: Date | null }

/**
 * Comments under an article. The thread is cached with the article (tag comments:<id>, revalidated by each
 * post and moderation) and so is everything else here: the per-reader part, <ReaderComments>, is a client island
 * that asks /api/comments/reader after hydration (form token, identity, own held comments), so the article's HTML
 * is one page shared by every reader. Whatever a reader without JavaScript must see is static and shown by CSS:
 * the notices after a post and "Replying to <name>" (:target), the thread closed by age ([data-comments-closed]).
 */
export async function CommentsSection({ articleId, articlePath, locale, commentsOpen, publishedAt }: Props) {
  const t = getDictionary(locale)
  const [rows, settings] = await Promise.all([listApprovedComments(articleId), getCommentDisplaySettings()])
  const nodes = buildThread(rows, settings.threadDepth)
  const errors = commentMessages(t)
  const closesAt =
    commentsOpen && settings.closeAfterDays > 0 && publishedAt
      ? new Date(publishedAt.getTime() + settings.closeAfterDays * 86_400_000).toISOString()
      : null
  const formId = `comment-form-${articleId}`
  return (
    // Once the cached closing check says the thread has closed by age ([data-comments-closed]), CSS hides the Reply links
    // and the form (#respond below): that works without JavaScript, and the cached HTML stays the same for everyone.
    <section
      id="comments"
      aria-labelledby="comments-heading"
      className="mt-12 border-t-2 border-ink pt-6 [&:has([data-comments-closed])_[data-reply]]:hidden"
    >
      <h2 id="comments-heading" className="font-serif text-2xl font-bold">
        {t.comments.heading}
      </h2>
      <p className="mt-2 text-muted">{rows.length ? formatCount(t.comments.count, rows.length) : t.comments.countNone}</p>
      {/* Shown after a post without JavaScript (redirect to #comment-held or #comment-posted): the cached page cannot know who posted. */}
      <p id="comment-held" role="status" className="mt-4 hidden rounded border border-amber-300 bg-amber-50 p-3 target:block">
        {t.comments.awaitingLong}
      </p>
      <p id="comment-posted" role="status" className="mt-4 hidden rounded border border-green-300 bg-green-50 p-3 text-green-900 target:block">
        {t.comments.posted}
      </p>
      {nodes.length ? <CommentThread nodes={nodes} locale={locale} t={t.comments} errors={errors} open={commentsOpen} /> : null}
      <ReaderComments articleId={articleId} formId={formId} locale={locale} words={{ yours: t.comments.yours, awaiting: t.comments.awaiting }} />
      <div id="respond" className="mt-8 scroll-mt-8 [&:has([data-comments-closed])_form]:hidden">
        {closesAt ? <ClosedByAgeNotice closesAt={closesAt} text={t.comments.closed} /> : null}
        {/* "Reply" without JavaScript goes to ?replyto=<id>#reply-to-<id>: the line of that comment shows, and the
            no-JS route reads the parent from the page address it was posted from. */}
        {commentsOpen
          ? rows.map((row) => (
              <p key={row.id} id={`reply-to-${row.id}`} className="hidden scroll-mt-8 flex-wrap items-baseline gap-x-4 rounded border border-line bg-white p-3 target:flex">
                <span className="font-semibold">{interpolate(t.comments.replyingTo, { name: row.authorName })}</span>
                <a href={`${articlePath}#respond`} className="text-sm underline">
                  {t.comments.cancelReply}
                </a>
              </p>
            ))
          : null}
        {commentsOpen ? (
          <CommentForm
            articleId={articleId}
            formId={formId}
            locale={locale}
            maxLength={settings.maxLength}
            errors={errors}
            labels={{
              formTitle: t.comments.formTitle,
              formIntro: t.comments.formIntro,
              body: t.comments.body,
              name: t.comments.name,
              email: t.comments.email,
              url: t.comments.url,
              remember: t.comments.remember,
              honeypot: t.comments.honeypot,
              submit: t.comments.submit,
              submitting: t.comments.submitting,
              signedInAs: t.comments.signedInAs,
              posted: t.comments.posted,
              awaiting: t.comments.awaiting,
              replyTo: t.comments.replyTo,
              cancelReply: t.comments.cancelReply,
              fieldErrors: t.comments.fieldErrors,
            }}
          />
        ) : (
          <p className="rounded border border-line bg-white p-4">{t.comments.closed}</p>
        )}
      </div>
    </section>
  )
}
