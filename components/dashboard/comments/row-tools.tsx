'use client'

import { banAuthor, editComment, replyAsStaff } from '@/app/dashboard/comments/actions'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { useModerationAction } from './use-form-result'

type Props = { id: string; body: string; email: string; ip: string | null; t: Dictionary['moderation']; messages: Record<string, string> }

const field = 'rounded border border-gray-400 bg-white px-2 py-1'
const button = 'self-start rounded border border-gray-400 bg-white px-3 py-1 font-semibold'

/** Edit, reply as staff, ban: each a disclosure with its own form (so they work without JavaScript too). */
export function RowTools({ id, body, email, ip, t, messages }: Props) {
  const edit = useModerationAction(editComment, messages)
  const reply = useModerationAction(replyAsStaff, messages)
  const ban = useModerationAction(banAuthor, messages)
  return (
    <div className="mt-2 flex flex-col gap-2 text-sm">
      <details>
        <summary className="cursor-pointer underline">{t.edit}</summary>
        <form action={edit.dispatch} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="id" value={id} />
          <label className="flex flex-col gap-1">
            <span>{t.comment}</span>
            <textarea name="body" defaultValue={body} rows={4} required className={field} />
          </label>
          {edit.error ? <p role="alert" className="text-red-800">{edit.error}</p> : null}
          {edit.state?.ok ? <p role="status">{t.saved}</p> : null}
          <button type="submit" disabled={edit.pending} className={button}>
            {t.editSave}
          </button>
        </form>
      </details>
      <details data-reply-for={id}>
        <summary className="cursor-pointer underline">{t.reply}</summary>
        <form action={reply.dispatch} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="parentId" value={id} />
          <label className="flex flex-col gap-1">
            <span>{t.replyLabel}</span>
            <textarea name="body" rows={3} required className={field} />
          </label>
          {reply.error ? <p role="alert" className="text-red-800">{reply.error}</p> : null}
          {reply.state?.ok ? <p role="status">{t.replied}</p> : null}
          <button type="submit" disabled={reply.pending} className={button}>
            {t.replySubmit}
          </button>
        </form>
      </details>
      <details>
        <summary className="cursor-pointer underline">{t.ban}</summary>
        <form action={ban.dispatch} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="commentId" value={id} />
          <label className="flex flex-col gap-1">
            <span>{t.banReason}</span>
            <input name="reason" required maxLength={500} className={field} />
          </label>
          <label className="flex flex-col gap-1">
            <span>{t.banExpires}</span>
            <input type="datetime-local" name="expiresAt" className={field} />
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="byEmail" defaultChecked />
            {t.banEmail.replace('{email}', email)}
          </label>
          {ip ? (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="byIp" />
              {t.banIp.replace('{ip}', ip)}
            </label>
          ) : null}
          <label className="flex items-center gap-2">
            <input type="checkbox" name="shadow" />
            {t.banShadow}
          </label>
          {ban.error ? <p role="alert" className="text-red-800">{ban.error}</p> : null}
          {ban.state?.ok ? <p role="status">{t.banned}</p> : null}
          <button type="submit" disabled={ban.pending} className={button}>
            {t.banSubmit}
          </button>
        </form>
      </details>
    </div>
  )
}
