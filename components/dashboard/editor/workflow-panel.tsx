'use client'

import { useRouter } from 'next/navigation'
import { useRef, useState, useTransition } from 'react'
import { transitionAction, trashAction } from '@/app/dashboard/articles/actions'
import type { Transition } from '@/lib/editor/workflow'
import { translate, type Dictionary } from '@/lib/i18n/dictionaries'

type Props = {
  t: Pick<Dictionary, 'newsroom' | 'errors'>
  articleId: string
  transitions: Transition[]
  canTrash: boolean
  /** Saves pending work first: a status change never leaves typed text behind. */
  flush: () => Promise<boolean>
}

export function WorkflowPanel({ t, articleId, transitions, canTrash, flush }: Props) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // Read when a button is pressed, not kept in state: a date typed before hydration would otherwise be forgotten.
  const scheduleInput = useRef<HTMLInputElement>(null)

  const run = (transition: Transition) =>
    startTransition(async () => {
      if (!(await flush())) return
      const form = new FormData()
      form.set('id', articleId)
      form.set('transition', transition)
      const when = scheduleInput.current?.value ?? ''
      if (transition === 'schedule') form.set('scheduledAt', when ? new Date(when).toISOString() : '')
      const result = await transitionAction(null, form)
      if (result.ok) {
        setMessage({ ok: true, text: t.newsroom.transitionDone[transition] })
        router.refresh()
      } else {
        const key = result.fieldErrors?.scheduledAt ? 'newsroom.errors.scheduleInPast' : result.error
        setMessage({ ok: false, text: translate(t as Dictionary, key, result.values) })
      }
    })

  const trash = () =>
    startTransition(async () => {
      if (!(await flush())) return
      const form = new FormData()
      form.set('id', articleId)
      const result = await trashAction(null, form)
      if (result.ok) router.push('/dashboard/articles?trashed=1')
      else setMessage({ ok: false, text: translate(t as Dictionary, result.error, result.values) })
    })

  return (
    <section aria-labelledby="workflow-heading" className="flex flex-col gap-2">
      <h2 id="workflow-heading" className="text-sm font-bold uppercase tracking-wide text-gray-600">
        {t.newsroom.editor.workflow}
      </h2>
      {transitions.includes('schedule') ? (
        <label className="flex flex-col gap-1 text-sm font-semibold">
          {t.newsroom.editor.scheduleAt}
          <input ref={scheduleInput} type="datetime-local" className="rounded border border-gray-400 px-2 py-1 font-normal" />
        </label>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {transitions.map((transition) => (
          <button
            key={transition}
            type="button"
            disabled={pending}
            onClick={() => run(transition)}
            className={`rounded px-3 py-1.5 text-sm font-semibold ${transition === 'publish' || transition === 'submit' ? 'bg-ink text-white' : 'border border-gray-400 bg-white'}`}
          >
            {t.newsroom.transitions[transition]}
          </button>
        ))}
        {canTrash ? (
          <button type="button" disabled={pending} onClick={trash} className="rounded border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800">
            {t.newsroom.editor.trash}
          </button>
        ) : null}
      </div>
      <p role={message && !message.ok ? 'alert' : 'status'} className={message?.ok === false ? 'text-sm text-red-700' : 'text-sm text-green-800'}>
        {message?.text}
      </p>
    </section>
  )
}
