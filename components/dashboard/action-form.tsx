'use client'

import { useRouter } from 'next/navigation'
import { createContext, useActionState, useEffect, type ReactNode } from 'react'
import type { ActionResult } from '@/lib/action'
import { translate, type Dictionary } from '@/lib/i18n/dictionaries'
import { formatCount, isPluralMessage, type PluralMessage } from '@/lib/i18n/plural'

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>
type Props = {
  action: Action
  /** The dictionary areas the action's messages come from: always `errors`, plus `newsroom` for most forms. */
  t: Pick<Dictionary, 'errors'> & Partial<Pick<Dictionary, 'newsroom'>>
  /** Shown after success; {count} is filled from the result when it has one (a counted message takes its plural form). */
  done?: string | PluralMessage
  /** Success notes chosen by the result's `outcome` (when the same form can do two things, e.g. deactivate/reactivate). */
  outcomes?: Record<string, string>
  className?: string
  children: ReactNode
}

/** What the fields of the form (components/dashboard/action-field.tsx) need after a refusal. */
export type FormFeedback = { errors: Record<string, string[] | undefined>; submitted: Record<string, string> | null }
export const FormFeedbackContext = createContext<FormFeedback>({ errors: {}, submitted: null })

/**
 * A form bound to a server action through useActionState: it posts without JavaScript too, and shows the
 * action's error sentence (or the success note) in a live region next to the controls. After a refusal each
 * ActionField shows its own message and what was typed.
 */
export function ActionForm({ action, t, done, outcomes, className, children }: Props) {
  const router = useRouter()
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null)
  useEffect(() => {
    if (state?.ok) router.refresh()
  }, [state, router])
  const outcome = state?.ok && state.data && typeof state.data === 'object' && 'outcome' in state.data ? String(state.data.outcome) : null
  const note = (outcome && outcomes?.[outcome]) || done
  const count = state?.ok && state.data && typeof state.data === 'object' && 'count' in state.data ? Number(state.data.count) : null
  const failed = state && !state.ok ? state : null
  const feedback: FormFeedback = {
    errors: Object.fromEntries(Object.entries(failed?.fieldErrors ?? {}).map(([name, keys]) => [name, keys?.map((key) => translate(t, key, failed?.values))])),
    submitted: failed?.submitted ?? null,
  }
  return (
    <form action={formAction} className={className} aria-busy={pending}>
      <FormFeedbackContext value={feedback}>{children}</FormFeedbackContext>
      {failed ? (
        <p role="alert" className="text-sm text-red-700">
          {translate(t, failed.error, failed.values)}
        </p>
      ) : state?.ok && note ? (
        <p role="status" className="text-sm text-green-800">
          {isPluralMessage(note) ? formatCount(note, count ?? 0) : note.replace('{count}', count === null ? '' : String(count))}
        </p>
      ) : null}
    </form>
  )
}
