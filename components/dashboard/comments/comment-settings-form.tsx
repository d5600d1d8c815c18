'use client'

import { saveCommentSettingsAction } from '@/app/dashboard/settings/comments/actions'
import type { CommentSettings } from '@/lib/comments/settings'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { useModerationAction } from './use-form-result'

type Labels = Dictionary['moderation']['settings']
const NUMBERS = ['minFillSeconds', 'floodSeconds', 'maxPerHour', 'minLength', 'maxLength', 'maxLinks', 'closeAfterDays', 'reportThreshold', 'threadDepth'] as const
const LISTS = ['holdWords', 'blockWords', 'blockEmails', 'blockIps'] as const
const FLAGS = ['holdFirstTime', 'holdAll'] as const

export function CommentSettingsForm({ settings, t, messages }: { settings: CommentSettings; t: Labels; messages: Record<string, string> }) {
  const { state, dispatch, pending, error } = useModerationAction(saveCommentSettingsAction, messages)
  return (
    <form action={dispatch} className="mt-6 flex max-w-2xl flex-col gap-4">
      {error ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{error}</p> : null}
      {state?.ok ? <p role="status" className="rounded border border-green-300 bg-green-50 p-3">{t.saved}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {NUMBERS.map((name) => (
          <label key={name} className="flex flex-col gap-1 text-sm">
            <span className="font-semibold">{t[name]}</span>
            <input type="number" name={name} defaultValue={settings[name]} required min={0} className="rounded border border-gray-400 bg-white px-2 py-1" />
          </label>
        ))}
      </div>
      {FLAGS.map((name) => (
        <label key={name} className="flex items-center gap-2 text-sm">
          <input type="checkbox" name={name} defaultChecked={settings[name]} />
          {t[name]}
        </label>
      ))}
      {LISTS.map((name) => (
        <label key={name} className="flex flex-col gap-1 text-sm">
          <span className="font-semibold">{t[name]}</span>
          <textarea name={name} defaultValue={settings[name].join('\n')} rows={4} className="rounded border border-gray-400 bg-white px-2 py-1 font-mono" />
        </label>
      ))}
      <button type="submit" disabled={pending} className="self-start rounded bg-gray-900 px-4 py-2 font-semibold text-white">
        {t.save}
      </button>
    </form>
  )
}
