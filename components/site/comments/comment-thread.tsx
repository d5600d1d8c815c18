import { RelativeTime } from '@/components/site/relative-time'
import type { PublicComment } from '@/db/queries/comments'
import type { ThreadNode } from '@/lib/comments/thread'
import type { Locale } from '@/lib/i18n/config'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { CommentActions } from './comment-actions'
import { CommentAuthor, CommentBody } from './comment-body'

type Props = { nodes: ThreadNode<PublicComment>[]; locale: Locale; t: Dictionary['comments']; errors: Record<string, string>; open: boolean }
type ActionLabels = Parameters<typeof CommentActions>[0]['labels']

// One labels object per dictionary, shared by every comment: the page's RSC payload then carries it once (React
// serialises an object passed to many client components once, by reference), not once per comment.
const labelsByDictionary = new WeakMap<Dictionary['comments'], ActionLabels>()
function actionLabels(t: Dictionary['comments']): ActionLabels {
  let labels = labelsByDictionary.get(t)
  if (!labels) {
    labels = { reply: t.reply, replyTo: t.replyTo, report: t.report, reportTitle: t.reportTitle, reportReason: t.reportReason, reportSubmit: t.reportSubmit, reported: t.reported }
    labelsByDictionary.set(t, labels)
  }
  return labels
}

const INDENT = ['', 'ms-4 sm:ms-8', 'ms-4 sm:ms-8', 'ms-4 sm:ms-8', 'ms-4 sm:ms-8', 'ms-4 sm:ms-8', 'ms-4 sm:ms-8']

export function CommentThread({ nodes, locale, t, errors, open, depth = 0 }: Props & { depth?: number }) {
  return (
    <ol className={depth === 0 ? 'mt-6 flex flex-col gap-6' : `mt-4 flex flex-col gap-4 border-s-2 border-line ps-4 ${INDENT[1]}`} aria-label={depth === 0 ? t.list : undefined}>
      {nodes.map(({ comment, replies }) => (
        <li key={comment.id}>
          <article id={`comment-${comment.id}`} aria-label={t.says.replace('{name}', comment.authorName)} className="scroll-mt-8 rounded target:bg-yellow-50 target:ring-2 target:ring-yellow-400">
            <header className="flex flex-wrap items-baseline gap-x-3 text-sm">
              <CommentAuthor name={comment.authorName} url={comment.authorUrl} />
              {comment.staff ? <span className="rounded bg-ink px-1.5 py-0.5 text-xs font-bold text-white">{t.staff}</span> : null}
              <a href={`#comment-${comment.id}`} className="text-muted hover:underline" aria-label={t.permalink}>
                <RelativeTime date={comment.createdAt.toISOString()} locale={locale} />
              </a>
            </header>
            <CommentBody body={comment.body} />
            <CommentActions
              id={comment.id}
              name={comment.authorName}
              canReply={open}
              errors={errors}
              labels={actionLabels(t)}
            />
            <div id={`reply-slot-${comment.id}`} />
          </article>
          {replies.length ? <CommentThread nodes={replies} locale={locale} t={t} errors={errors} open={open} depth={depth + 1} /> : null}
        </li>
      ))}
    </ol>
  )
}
