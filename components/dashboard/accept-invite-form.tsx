'use client'

import { useActionState, useState } from 'react'
import { acceptInvitationAction } from '@/app/invite/actions'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import type { ActionResult } from '@/lib/action'
import type { Locale } from '@/lib/i18n/config'
import { translate, type Dictionary, type MessageKey } from '@/lib/i18n/dictionaries'

type Props = { t: Pick<Dictionary, 'newsroom' | 'errors'>; token: string; locale: Locale }

export function AcceptInviteForm({ t, token, locale }: Props) {
  const p = t.newsroom.people
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(acceptInvitationAction, null)
  const [name, setName] = useState('') // kept across a failed attempt; React resets uncontrolled fields
  const failed = state && !state.ok ? state : null
  const errors = (name: string) => failed?.fieldErrors?.[name]?.map((key) => translate(t as Dictionary, key as MessageKey))
  return (
    <form action={action} className="flex flex-col gap-4">
      {failed && !failed.fieldErrors ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {translate(t as Dictionary, failed.error, failed.values)}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <Field label={p.name} name="name" required autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} errors={errors('name')} />
      <Field label={p.password} name="password" type="password" required minLength={8} autoComplete="new-password" errors={errors('password')} />
      <Field label={p.passwordConfirm} name="confirm" type="password" required autoComplete="new-password" errors={errors('confirm')} />
      <Button type="submit" disabled={pending}>
        {p.accept}
      </Button>
    </form>
  )
}
