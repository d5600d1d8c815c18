'use client'

import { useEffect, useSyncExternalStore } from 'react'
import { type Identity, identityStore } from './identity-store'
import { replyStore } from './reply-store'

/** Rendered by the per-request part of the page: hands the remembered or signed-in identity to the form. */
export function IdentityFill({ identity }: { identity: NonNullable<Identity> }) {
  const { name, email, url, staff } = identity
  useEffect(() => {
    identityStore.set({ name, email, url, staff })
  }, [name, email, url, staff])
  return null
}

const subscribeNothing = () => () => {}

/**
 * The parent asked for by ?replyto= (the "Reply" link without JavaScript), as a field of the comment form; the
 * static "Replying to <name>" line of that comment shows by :target. Once JavaScript runs, the field gives way to
 * the form's own, and the form opens inline under the parent.
 */
export function ReplyTarget({ id, name, formId }: { id: string; name: string; formId: string }) {
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false)
  useEffect(() => {
    replyStore.set({ id, name })
  }, [id, name])
  return hydrated ? null : <input type="hidden" name="parentId" form={formId} value={id} />
}
