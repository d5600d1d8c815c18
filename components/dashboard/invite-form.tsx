'use client'

import { useActionState } from 'react'
import { inviteAction } from '@/app/dashboard/users/actions'
import type { ActionResult } from '@/lib/action'
import { locales } from '@/lib/i18n/config'
import { translate, type Dictionary } from '@/lib/i18n/dictionaries'
import { ActionInput, ActionSelect } from './action-field'
import { FormFeedbackContext } from './action-form'

type Props = { t: Pick<Dictionary, 'newsroom' | 'errors' | 'dashboard' | 'common'>; defaultLocale: string }

export function InviteForm({ t, defaultLocale }: Props) {
  const p = t.newsroom.people
  const [state, action, pending] = useActionState<ActionResult<{ link: string; delivered: boolean }> | null, FormData>(inviteAction, null)
  const failed = state && !state.ok ? state : null
  const feedback = {
    errors: Object.fromEntries(Object.entries(failed?.fieldErrors ?? {}).map(([name, keys]) => [name, keys?.map((key) => translate(t as Dictionary, key, failed?.values))])),
    submitted: failed?.submitted ?? null,
  }
  return (
    <form action={action} aria-labelledby="invite-heading" className="flex flex-col gap-3 rounded border border-gray-200 bg-white p-4" aria-busy={pending}>
      <h2 id="invite-heading" className="text-lg font-bold">
        {p.invite}
      </h2>
      <div className="flex flex-wrap items-start gap-3">
        <FormFeedbackContext value={feedback}>
          <ActionInput label={p.email} name="email" type="email" required maxLength={320} />
          <ActionSelect label={p.role} name="role" defaultValue="journalist">
            {(['journalist', 'editor', 'moderator', 'admin'] as const).map((role) => (
              <option key={role} value={role}>
                {t.dashboard.roles[role]}
              </option>
            ))}
          </ActionSelect>
          <ActionSelect label={t.dashboard.invitation.language} name="locale" defaultValue={defaultLocale}>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {t.common.languageNames[code]}
              </option>
            ))}
          </ActionSelect>
        </FormFeedbackContext>
        <button type="submit" disabled={pending} className="mt-5 rounded bg-ink px-3 py-1.5 font-semibold text-white">
          {p.sendInvite}
        </button>
      </div>
      {failed ? (
        <p role="alert" className="text-sm text-red-700">
          {translate(t as Dictionary, failed.error, failed.values)}
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
