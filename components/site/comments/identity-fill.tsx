'use client'

import { useEffect } from 'react'
import { closedStore, type Identity, identityStore } from './identity-store'

/** Rendered by the per-request part of the page: hands the remembered or signed-in identity to the form. */
export function IdentityFill({ identity }: { identity: NonNullable<Identity> }) {
  const { name, email, url, staff } = identity
  useEffect(() => {
    identityStore.set({ name, email, url, staff })
  }, [name, email, url, staff])
  return null
}

/** Rendered by the per-request part when the thread's closing date has passed: the form gives way to a notice. */
export function ClosedByAge() {
  useEffect(() => {
    closedStore.set(true)
  }, [])
  return null
}
