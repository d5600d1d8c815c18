'use client'

import { useActionState } from 'react'
import { inviteAction } from '@/app/dashboard/users/actions'
import type { ActionResult } from '@/lib/action'
import { translate, type Dictionary, type MessageKey } from '@/lib/i18n/dictionaries'

type Props = { t: Pick<Dictionary, 'newsroom' | 'errors' | 'dashboard'> }

export function InviteForm({ t }: Props) {
  const p = t.newsroom.people
  const [state, action, pending] = useActionState<ActionResult<{ link: string; delivered: boolean }> | null, FormData>(inviteAction, null)
  const failed = state && !state.ok ? state : null
  const emailError = failed?.fieldErrors?.email?.[0]
  return (
    <form action={action} aria-labelledby="invite-heading" className="flex flex-col gap-3 rounded border border-gray-200 bg-white p-4" aria-busy={pending}>
      <h2 id="invite-heading" className="text-lg font-bold">
        {p.invite}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-semibold">
          {p.email}
          <input type="email" name="email" required className="rounded border border-gray-400 px-2 py-1 font-normal" />
        </label>
        <label className="flex flex-col text-sm font-semibold">
          {p.role}
          <select name="role" defaultValue="journalist" className="rounded border border-gray-400 bg-white px-2 py-1 font-normal">
            {(['journalist', 'editor', 'moderator', 'admin'] as const).map((role) => (
              <option key={role} value={role}>
                {t.dashboard.roles[role]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className="rounded bg-ink px-3 py-1.5 font-semibold text-white">
          {p.sendInvite}
        </button>
      </div>
      {failed ? (
        <p role="alert" className="text-sm text-red-700">
          {translate(t as Dictionary, (emailError ?? failed.error) as MessageKey, failed.values)}
        </p>
      ) : null}
      {state?.ok ? (
        <div role="status" className="rounded border border-green-600 bg-green-50 p-3 text-sm">
          <label className="flex flex-col gap-1 font-semibold">
            {p.inviteLink}
            <input readOnly value={state.data.link} className="rounded border border-gray-300 bg-white px-2 py-1 font-mono text-xs font-normal" onFocus={(e) => e.target.select()} />
          </label>
          {state.data.delivered ? null : <p className="mt-1">{p.inviteNoMail}</p>}
        </div>
      ) : null}
    </form>
  )
}
