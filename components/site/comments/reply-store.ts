'use client'

// Which comment the reader is replying to: shared by every "Reply" link and the one comment form.
export type ReplyTarget = { id: string; name: string } | null

let target: ReplyTarget = null
const listeners = new Set<() => void>()

export const replyStore = {
  get: (): ReplyTarget => target,
  getServer: (): ReplyTarget => null,
  set(next: ReplyTarget) {
    target = next
    for (const listener of listeners) listener()
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
