'use client'

import { useActionState } from 'react'
import { reportComment } from '@/app/[lang]/[category]/[slug]/actions'
import type { ActionResult } from '@/lib/action'
import { interpolate } from '@/lib/i18n/interpolate'

type Labels = { reportTitle: string; reportReason: string; reportSubmit: string; reported: string }

export function ReportForm({ commentId, labels, errors }: { commentId: string; labels: Labels; errors: Record<string, string> }) {
  const [state, action, pending] = useActionState<ActionResult<null> | null, FormData>(reportComment, null)
  if (state?.ok) {
    return (
      <p role="status" className="mt-2 text-ink">
        {labels.reported}
      </p>
    )
  }
  return (
    <form action={action} className="mt-2 flex flex-col gap-2" aria-label={labels.reportTitle}>
      <input type="hidden" name="commentId" value={commentId} />
      {state && !state.ok ? (
        <p role="alert" className="text-red-800">
          {interpolate(errors[state.error] ?? errors['errors.generic'] ?? state.error, state.values)}
        </p>
      ) : null}
      <label className="flex flex-col gap-1">
        <span>{labels.reportReason}</span>
        <input name="reason" maxLength={500} className="rounded border border-gray-400 bg-white px-2 py-1 text-ink" />
      </label>
      <button type="submit" disabled={pending} className="self-start rounded border border-gray-400 bg-white px-3 py-1 text-ink">
        {labels.reportSubmit}
      </button>
    </form>
  )
}
