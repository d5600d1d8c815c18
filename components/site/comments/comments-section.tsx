import { getCommentDisplaySettings, listApprovedComments } from '@/db/queries/comments'
import { buildThread } from '@/lib/comments/thread'
import type { Locale } from '@/lib/i18n/config'
import { type Dictionary, getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatNumber } from '@/lib/i18n/format'
import { CommentForm } from './comment-form'
import { CommentThread } from './comment-thread'
import { ReaderComments } from './reader-comments'

/** The messages an action may answer with, flattened for client components ("comments.errors.closed" → sentence). */
export function commentMessages(t: Dictionary): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [key, value] of Object.entries(t.errors)) flat[`errors.${key}`] = value
  for (const [key, value] of Object.entries(t.comments.errors)) flat[`comments.errors.${key}`] = value
  return flat
}

/**
 * Comments under an article. The thread is cached with the article (tag comments:<id>, revalidated by each
 * post and moderation); the per-reader part, <ReaderComments>, is a client island that asks for it after hydration,
 * so the page has no per-request part at all.
 */
export async function CommentsSection(props: { articleId: string; locale: Locale; commentsOpen: boolean; publishedAt: Date | null }) {
  const { articleId, locale, commentsOpen, publishedAt } = props
  const t = getDictionary(locale)
  const [rows, settings] = await Promise.all([listApprovedComments(articleId), getCommentDisplaySettings()])
  const nodes = buildThread(rows, settings.threadDepth)
  const errors = commentMessages(t)
  const closesAt =
    settings.closeAfterDays > 0 && publishedAt ? new Date(publishedAt.getTime() + settings.closeAfterDays * 86_400_000).toISOString() : null
  const formId = `comment-form-${articleId}`
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-12 border-t-2 border-ink pt-6">
      <h2 id="comments-heading" className="font-serif text-2xl font-bold">
        {rows.length ? interpolate(t.comments.count, { count: formatNumber(rows.length, locale) }) : t.comments.heading}
      </h2>
      {rows.length ? null : <p className="mt-2 text-muted">{t.comments.countNone}</p>}
      {/* Shown after a post without JavaScript (redirect to #comment-held): the cached page cannot know who posted. */}
      <p id="comment-held" role="status" className="mt-4 hidden rounded border border-amber-300 bg-amber-50 p-3 target:block">
        {t.comments.awaitingLong}
      </p>
      {nodes.length ? <CommentThread nodes={nodes} locale={locale} t={t.comments} errors={errors} open={commentsOpen} /> : null}
      <ReaderComments articleId={articleId} formId={formId} locale={locale} closesAt={closesAt} words={{ yours: t.comments.yours, awaiting: t.comments.awaiting }} />
      <div id="respond" className="mt-8 scroll-mt-8">
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
              closed: t.comments.closed,
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
