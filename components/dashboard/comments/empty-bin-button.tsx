'use client'

import { emptyBin } from '@/app/dashboard/comments/actions'
import { formatCount, type PluralMessage } from '@/lib/i18n/plural'
import { useModerationAction } from './use-form-result'

export function EmptyBinButton({ status, label, done, messages }: { status: 'spam' | 'trash'; label: string; done: PluralMessage; messages: Record<string, string> }) {
  const empty = useModerationAction(emptyBin, messages)
  return (
    <form action={empty.dispatch} className="mt-4 flex items-center gap-3 text-sm">
      <input type="hidden" name="status" value={status} />
      <button type="submit" disabled={empty.pending} className="rounded bg-red-700 px-3 py-1 font-semibold text-white">
        {label}
      </button>
      {empty.state?.ok ? <span role="status">{formatCount(done, empty.state.data.count)}</span> : null}
      {empty.error ? <span role="alert" className="text-red-800">{empty.error}</span> : null}
    </form>
  )
}
