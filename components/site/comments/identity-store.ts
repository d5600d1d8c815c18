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


// Bumped after each post: the reader part fetches again (a new one-time token, the comment just held, who is
// remembered: the post's answer has set those cookies).
let readerVersion = 0
const readerListeners = new Set<() => void>()

export const readerStore = {
  get: (): number => readerVersion,
  getServer: (): number => 0,
  reload() {
    readerVersion += 1
    for (const listener of readerListeners) listener()
  },
  subscribe(listener: () => void) {
    readerListeners.add(listener)
    return () => readerListeners.delete(listener)
  },
}
