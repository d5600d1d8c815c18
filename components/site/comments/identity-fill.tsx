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

type ReplyProps = { id: string; name: string; formId: string; label: string; cancelLabel: string; cancelHref: string }

/**
 * A reply asked for by the URL (?replyto=<id>, the "Reply" link without JavaScript): the parent's id for the form,
 * "Replying to <name>" and a way back. Once JavaScript runs, the form opens inline under the parent instead.
 */
export function ReplyTarget({ id, name, formId, label, cancelLabel, cancelHref }: ReplyProps) {
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false)
  useEffect(() => {
    replyStore.set({ id, name })
  }, [id, name])
  if (hydrated) return null
  return (
    <div className="mt-4 flex flex-wrap items-baseline gap-x-4 rounded border border-line bg-white p-3">
      <input type="hidden" name="parentId" form={formId} value={id} />
      <p className="font-semibold">{label}</p>
      <a href={cancelHref} className="text-sm underline">
        {cancelLabel}
      </a>
    </div>
  )
}
