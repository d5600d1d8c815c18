// Rendered search results pages, kept in memory and answered by proxy.ts.
//
// A results page depends on its query string, so Next renders it per request (about 15 ms of server CPU even when
// the results come from the data cache): a few dozen readers per second on two cores, when a breaking story sends
// thousands to type the same words. Next's route cache would keep each query as a file in .next, and every query
// typed is a new file. So the proxy keeps the last pages here instead:
// - bounded: at most MAX_BYTES of HTML (16 MB: 350 to 450 results pages; 8 MB held fewer than the benchmark's 200
//   queries on the large archive, whose cycle then missed every time), least recently used first out, so a flood
//   of unique queries costs renders, not memory;
// - exact: emptied whenever article lists or section names expire (a publish, an unpublish, a scheduled article
//   going out, an import), through the same calls that expire Next's cache tags; TTL_MS bounds what another
//   process's changes can leave behind, like the data cache of searchPublished() (cacheLife 'minutes').
// One process's memory, on globalThis: proxy.ts, server actions and route handlers are separate bundles.
import { LRUCache } from 'lru-cache'
import { tags as cacheTags } from './cache-tags'

export type SearchPage = { body: Uint8Array<ArrayBuffer>; headers: [string, string][] }

const MAX_BYTES = 16 * 1024 * 1024
const MAX_PAGE_BYTES = 512 * 1024
const TTL_MS = 60_000
/** The tags whose expiry can change what a results page shows: which articles match, their sections' names. */
const AFFECTING = new Set<string>([cacheTags.articles, cacheTags.categories])

const shared = globalThis as unknown as { kiosqueSearchPages?: LRUCache<string, SearchPage> }
const pages = (shared.kiosqueSearchPages ??= new LRUCache<string, SearchPage>({
  maxSize: MAX_BYTES,
  sizeCalculation: (page) => page.body.byteLength + 256,
  ttl: TTL_MS,
}))

export function readSearchPage(key: string): SearchPage | undefined {
  return pages.get(key)
}

export function keepSearchPage(key: string, page: SearchPage): void {
  if (page.body.byteLength <= MAX_PAGE_BYTES) pages.set(key, page)
}

/** Called with every set of cache tags the app expires. */
export function searchPagesExpire(tags: Iterable<string>): void {
  for (const tag of tags) {
    if (AFFECTING.has(tag)) {
      pages.clear()
      return
    }
  }
}

export const searchPagesHeld = () => ({ pages: pages.size, bytes: pages.calculatedSize })
