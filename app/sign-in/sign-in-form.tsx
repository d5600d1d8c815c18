'use client'

import { useActionState, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import type { ActionResult } from '@/lib/action'
import { translate, type Dictionary } from '@/lib/i18n/dictionaries'
import { signInWithPassword } from './actions'

type Props = { t: Pick<Dictionary, 'auth' | 'errors'>; callbackUrl?: string }

export function SignInForm({ t, callbackUrl }: Props) {
  const [state, action, pending] = useActionState<ActionResult<null> | null, FormData>(signInWithPassword, null)
  const [email, setEmail] = useState('') // kept across a failed attempt; React resets uncontrolled fields
  const failed = state && !state.ok ? state : null
  const fieldErrors = failed?.fieldErrors ?? {}
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {failed ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {/* action errors are always errors.* keys, which this slice carries */}
          {translate(t as Dictionary, failed.error, failed.values)}
        </p>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <Field
        label={t.auth.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        errors={fieldErrors.email ? [t.auth.emailInvalid] : undefined}
      />
      <Field
        label={t.auth.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        minLength={8}
        errors={fieldErrors.password ? [t.auth.passwordTooShort] : undefined}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t.auth.submitting : t.auth.submit}
      </Button>
    </form>
  )
}
