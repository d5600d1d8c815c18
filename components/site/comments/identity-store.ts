'use client'

// Who is commenting, as the per-request part of the page learnt it (remembered cookie or signed-in staff).
export type Identity = { name: string; email: string; url: string; staff: boolean } | null

let identity: Identity = null
const listeners = new Set<() => void>()

export const identityStore = {
  get: (): Identity => identity,
  getServer: (): Identity => null,
  set(next: Identity) {
    identity = next
    for (const listener of listeners) listener()
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}


// Bumped after each post: the reader part fetches again (a new one-time token, the comment just held), handing
// over the post's receipt so the server sets this browser's comment cookies.
let readerVersion = 0
let pendingReceipt: string | null = null
const readerListeners = new Set<() => void>()

export const readerStore = {
  get: (): number => readerVersion,
  getServer: (): number => 0,
  reload(receipt?: string) {
    if (receipt) pendingReceipt = receipt
    readerVersion += 1
    for (const listener of readerListeners) listener()
  },
  takeReceipt(): string | null {
    const receipt = pendingReceipt
    pendingReceipt = null
    return receipt
  },
  subscribe(listener: () => void) {
    readerListeners.add(listener)
    return () => readerListeners.delete(listener)
  },
}
