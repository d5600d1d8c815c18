'use client'

import { useEffect } from 'react'
import { REPLY_TO_PARAM, readReplyTo, replyHref } from '@/lib/comments/reply-to'
import { ReportForm } from './report-form'
import { replyStore } from './reply-store'

type Labels = { reply: string; replyTo: string; report: string; reportTitle: string; reportReason: string; reportSubmit: string; reported: string }

/**
 * "Reply" opens the form inline under the comment with JavaScript; without it, the link reloads the article with
 * ?replyto=<id>#reply-to-<id> (lib/comments/reply-to.ts), which makes the form a reply. "Report" is a disclosure with its own
 * small form, which also works without JavaScript.
 */
export function CommentActions({ id, name, canReply, labels, errors }: { id: string; name: string; canReply: boolean; labels: Labels; errors: Record<string, string> }) {
  // Arrived through the no-JS link (?replyto=<id>) and JavaScript runs after all: open the reply inline here.
  useEffect(() => {
    if (canReply && readReplyTo(new URLSearchParams(window.location.search).get(REPLY_TO_PARAM)) === id) replyStore.set({ id, name })
  }, [canReply, id, name])
  return (
    <div className="mt-2 flex flex-wrap items-start gap-4 text-sm">
      {canReply ? (
        <a
          href={replyHref(id)}
          rel="nofollow"
          data-reply
          className="font-semibold text-accent underline"
          aria-label={labels.replyTo.replace('{name}', name)}
          onClick={(event) => {
            event.preventDefault()
            replyStore.set({ id, name })
          }}
        >
          {labels.reply}
        </a>
      ) : null}
      <details className="text-muted">
        <summary className="cursor-pointer underline">{labels.report}</summary>
        <ReportForm commentId={id} labels={labels} errors={errors} />
      </details>
    </div>
  )
}
