'use client'

import { startTransition, useEffect, useRef, useState } from 'react'
import { moderateComments } from '@/app/dashboard/comments/actions'
import { CommentBody } from '@/components/site/comments/comment-body'
import type { ModerationOp, QueueTab } from '@/db/queries/moderation'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { interpolate } from '@/lib/i18n/interpolate'
import { formatCount } from '@/lib/i18n/plural'
import { RowTools } from './row-tools'
import { useModerationAction } from './use-form-result'

export type QueueItem = {
  id: string
  body: string
  status: 'pending' | 'approved' | 'spam' | 'trash'
  shadow: boolean
  reportCount: number
  reasons: string[]
  authorName: string
  authorEmail: string
  authorUrl: string | null
  staff: boolean
  ip: string | null
  createdAt: string
  parentAuthor: string | null
  articleTitle: string
  articleUrl: string
  history: string
}

const FORM_ID = 'moderation-form'
const ROW_OPS: Record<QueueTab, ModerationOp[]> = {
  pending: ['approve', 'spam', 'trash'],
  approved: ['unapprove', 'spam', 'trash'],
  spam: ['notSpam', 'delete'],
  trash: ['restore', 'delete'],
  reported: ['approve', 'dismissReports', 'unapprove', 'spam', 'trash'],
}
const BULK_OPS: ModerationOp[] = ['approve', 'unapprove', 'spam', 'notSpam', 'trash', 'restore', 'delete']
const SHORTCUT_OPS: Record<string, ModerationOp> = { a: 'approve', s: 'spam', t: 'trash' }

type Props = { tab: QueueTab; items: QueueItem[]; t: Dictionary['moderation']; messages: Record<string, string> }

/**
 * The queue: ticks and a bulk select, per-row buttons, all one form (works without JavaScript). Keyboard: j/k move,
 * a/s/t approve/spam/trash the current comment, r replies, ? shows the help.
 */
export function ModerationQueue({ tab, items, t, messages }: Props) {
  const { state, dispatch, pending, error } = useModerationAction(moderateComments, messages)
  const [active, setActive] = useState(-1)
  const [help, setHelp] = useState(false)
  const rows = useRef<(HTMLTableRowElement | null)[]>([])
  const current = Math.min(active, items.length - 1)

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"]')) return
      if (event.key === '?') {
        event.preventDefault()
        setHelp((shown) => !shown)
        return
      }
      if (event.key === 'Escape') return setHelp(false)
      if (!items.length) return
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault()
        const next = event.key === 'j' ? Math.min(items.length - 1, current + 1) : Math.max(0, current - 1)
        setActive(next)
        rows.current[next]?.focus()
        return
      }
      const item = items[current]
      if (!item) return
      const op = SHORTCUT_OPS[event.key]
      if (op) {
        event.preventDefault()
        const data = new FormData()
        data.set('row', `${op}:${item.id}`)
        startTransition(() => dispatch(data))
        return
      }
      if (event.key === 'r') {
        event.preventDefault()
        const details = document.querySelector<HTMLDetailsElement>(`details[data-reply-for="${item.id}"]`)
        if (details) {
          details.open = true
          details.querySelector('textarea')?.focus()
        }
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [items, current, dispatch])

  return (
    <div className="mt-4">
      <form id={FORM_ID} action={dispatch} className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t.bulkLabel}</span>
          <select name="op" defaultValue="" className="rounded border border-gray-400 bg-white px-2 py-1">
            <option value="">{t.chooseAction}</option>
            {BULK_OPS.map((op) => (
              <option key={op} value={op}>
                {t.actions[op]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className="rounded border border-gray-400 bg-white px-3 py-1 font-semibold">
          {t.bulkApply}
        </button>
        <button type="button" className="ms-auto underline" onClick={() => setHelp((shown) => !shown)} aria-expanded={help}>
          {t.shortcutsHelp}
        </button>
      </form>
      <div aria-live="polite" className="mt-2 text-sm">
        {error ? <p role="alert" className="text-red-800">{error}</p> : null}
        {state?.ok ? <p role="status">{formatCount(t.done, state.data.count)}</p> : null}
      </div>
      {help ? (
        <div role="dialog" aria-labelledby="shortcuts-heading" className="mt-2 rounded border border-gray-300 bg-white p-4 text-sm shadow">
          <h2 id="shortcuts-heading" className="font-bold">
            {t.shortcuts}
          </h2>
          <ul className="mt-2 list-disc ps-5">
            {Object.values(t.shortcutList).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" className="mt-2 underline" onClick={() => setHelp(false)}>
            {t.close}
          </button>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="mt-6 text-gray-700">{t.empty}</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-start">
              <th scope="col" className="w-8 p-2">
                <span className="sr-only">{t.selectAll}</span>
              </th>
              <th scope="col" className="p-2 text-start">{t.author}</th>
              <th scope="col" className="p-2 text-start">{t.comment}</th>
              <th scope="col" className="p-2 text-start">{t.article}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr
                key={item.id}
                ref={(node) => {
                  rows.current[index] = node
                }}
                tabIndex={-1}
                aria-current={index === current ? 'true' : undefined}
                className={`border-b align-top focus:outline-none ${index === current ? 'bg-blue-50 ring-2 ring-inset ring-blue-600' : ''}`}
              >
                <td className="p-2">
                  <input type="checkbox" name="ids" value={item.id} form={FORM_ID} aria-label={interpolate(t.select, { name: item.authorName })} />
                </td>
                <td className="max-w-56 break-words p-2">
                  <p className="font-semibold">
                    {item.authorName} {item.staff ? <span className="rounded bg-gray-800 px-1 text-xs text-white">{t.staffBadge}</span> : null}
                  </p>
                  <p>{item.authorEmail}</p>
                  {item.authorUrl ? <p className="text-gray-700">{item.authorUrl}</p> : null}
                  {item.ip ? <p className="text-gray-700">{item.ip}</p> : null}
                  <p className="mt-1 text-gray-700">{item.history}</p>
                  {item.shadow ? <p className="mt-1 rounded bg-gray-200 px-1">{t.shadow}</p> : null}
                </td>
                <td className="max-w-xl p-2">
                  {item.parentAuthor ? (
                    <p className="text-gray-700">
                      {t.inResponseTo} {item.parentAuthor}
                    </p>
                  ) : null}
                  <div className="max-h-64 overflow-auto">
                    <CommentBody body={item.body} />
                  </div>
                  {item.reportCount > 0 ? (
                    <div className="mt-2 rounded bg-amber-50 p-2">
                      <p className="font-semibold">{formatCount(t.reports, item.reportCount)}</p>
                      {item.reasons.length ? (
                        <ul className="list-disc ps-5" aria-label={t.reportReasons}>
                          {item.reasons.map((reason, i) => (
                            <li key={i}>{reason}</li>
                          ))}
                        </ul>
                      ) : null}
                    </div>
                  ) : null}
                  <div className="mt-2 flex flex-wrap gap-2">
                    {ROW_OPS[tab].map((op) => (
                      <button
                        key={op}
                        type="submit"
                        form={FORM_ID}
                        name="row"
                        value={`${op}:${item.id}`}
                        disabled={pending}
                        className={`rounded px-2 py-1 font-semibold ${op === 'delete' ? 'bg-red-700 text-white' : 'border border-gray-400 bg-white'}`}
                      >
                        {t.actions[op]}
                      </button>
                    ))}
                  </div>
                  <RowTools id={item.id} body={item.body} email={item.authorEmail} ip={item.ip} t={t} messages={messages} />
                </td>
                <td className="max-w-56 p-2">
                  <a href={item.articleUrl} className="underline">
                    {item.articleTitle}
                  </a>
                  <p className="mt-1 text-gray-700">
                    {t.submitted} {item.createdAt}
                  </p>
                  <a href={item.articleUrl} className="mt-1 inline-block text-blue-800 underline">
                    {t.openArticle}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
