import 'server-only'
import { revalidateTag, updateTag } from 'next/cache'
import { renderedPagesExpire } from './rendered-pages'

/**
 * Expires cache tags everywhere the app keeps rendered output: Next's caches and the proxy's stored pages
 * (lib/rendered-pages.ts). The one call every write makes once it has changed what readers see.
 * - 'action': inside a server action, updateTag(), so the author's own next render already shows the write;
 * - 'request': a route handler (the comment form, the scheduler's tick, the importer's refresh): expired at once,
 *   so the next reader gets the new page rather than a stale one served while Next regenerates it.
 */
export function expireTags(tags: Iterable<string>, from: 'action' | 'request'): void {
  const unique = new Set(tags)
  for (const tag of unique) {
    if (from === 'action') updateTag(tag)
    else revalidateTag(tag, { expire: 0 })
  }
  renderedPagesExpire(unique)
}
