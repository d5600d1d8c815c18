'use client'

import { useActionState } from 'react'
import { signOutAction } from '@/app/dashboard/actions'

export function SignOutButton({ label }: { label: string }) {
  const [, action, pending] = useActionState(signOutAction, null)
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="rounded border border-gray-300 px-3 py-1 hover:bg-gray-100">
        {label}
      </button>
    </form>
  )
}
