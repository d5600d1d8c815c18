'use client'

import { useActionState } from 'react'
import type { ActionResult } from '@/lib/action'
import { interpolate } from '@/lib/i18n/interpolate'

type Action<T> = (previous: unknown, form: FormData) => Promise<ActionResult<T>>

/** useActionState plus the sentence to show: the error from the flat message map, or nothing. */
export function useModerationAction<T>(action: Action<T>, messages: Record<string, string>) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(action, null)
  const error = state && !state.ok ? interpolate(messages[state.error] ?? messages['errors.generic'] ?? state.error, state.values) : null
  return { state, dispatch, pending, error }
}
