'use client'

import { liftBan } from '@/app/dashboard/comments/actions'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { useModerationAction } from './use-form-result'

type Ban = { id: string; email: string | null; ip: string | null; reason: string; shadow: boolean; expiresAt: string | null }

export function BanList({ bans, t, messages }: { bans: Ban[]; t: Dictionary['moderation']; messages: Record<string, string> }) {
  return (
    <section aria-labelledby="bans-heading" className="mt-10">
      <h2 id="bans-heading" className="text-lg font-bold">
        {t.bans}
      </h2>
      {bans.length ? (
        <ul className="mt-2 flex flex-col gap-2 text-sm">
          {bans.map((ban) => (
            <BanRow key={ban.id} ban={ban} t={t} messages={messages} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-gray-700">{t.noBans}</p>
      )}
    </section>
  )
}

function BanRow({ ban, t, messages }: { ban: Ban; t: Dictionary['moderation']; messages: Record<string, string> }) {
  const lift = useModerationAction(liftBan, messages)
  const who = [ban.email, ban.ip].filter(Boolean).join(' · ')
  return (
    <li className="flex flex-wrap items-center gap-3 rounded border border-gray-200 bg-white p-2">
      <span className="font-semibold">{who}</span>
      <span>{ban.reason}</span>
      <span className="text-gray-700">{ban.expiresAt ? t.banUntil.replace('{date}', ban.expiresAt) : t.banForever}</span>
      {ban.shadow ? <span className="rounded bg-gray-200 px-1">{t.shadow}</span> : null}
      <form action={lift.dispatch}>
        <input type="hidden" name="banId" value={ban.id} />
        <button type="submit" disabled={lift.pending} className="rounded border border-gray-400 px-2 py-0.5" aria-label={`${t.banEnd} ${who}`}>
          {t.banEnd}
        </button>
      </form>
      {lift.error ? <span role="alert" className="text-red-800">{lift.error}</span> : null}
    </li>
  )
}
