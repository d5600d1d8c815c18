// Rendered public pages, kept in memory as bytes and answered by proxy.ts without going through Next's render path.
// Each store forgets all its pages as soon as a cache tag that could change one of them expires, through the same
// call that expires Next's tags (lib/expire-tags.ts).
//
// - Search results. A results page depends on its query string, so Next renders it per request (about 15 ms of
//   server CPU even when the results come from the data cache): a few dozen readers per second on two cores, when a
//   breaking story sends thousands to type the same words. Next's route cache would keep each query as a file in
//   .next, and every query typed is a new file. 16 MB: 350 to 450 results pages (8 MB held fewer than the
//   benchmark's 200 queries on the large archive, whose cycle then missed every time). Forgotten when article lists
//   or section names expire; a minute at most, like the data cache of searchPublished() (cacheLife 'minutes').
// - Reading pages (home, sections, tags, authors, articles) and feeds. Next answers them from its cache, but its
//   dynamic-route path costs about 1.2 ms of CPU per request before the first byte, and it holds the page as a
//   string that it encodes again for every reader: the 272 KB article with 50 comments went at 70 % of a static
//   page's rate (npm run bench, bench/README.md). Kept as bytes, one copy for every reader, and only as Next served
//   them from its cache or rendered them for it (x-nextjs-cache HIT or MISS), never a STALE page served while Next
//   regenerates it. Forgotten on ANY expiry but old addresses (a comment approved anywhere, a publish, a renamed
//   tag): which page shows what is Next's knowledge, not ours, and refilling from Next's cache costs one local
//   request per page.
//
// Exact: a fill that began before an expiry is not kept (generation), and each store's ttlMs bounds what another
// process's changes can leave behind. Bounded: least recently used out first, so a flood of distinct addresses
// costs renders, not memory. One process's memory, on globalThis: proxy.ts, server actions and route handlers are
// separate bundles.
import { LRUCache } from 'lru-cache'
import { tags as cacheTags } from './cache-tags'

export type RenderedPage = { body: Uint8Array<ArrayBuffer>; headers: [string, string][] }

type StoreOptions = {
  maxBytes: number
  maxPageBytes: number
  ttlMs: number
  forgetOn: (tag: string) => boolean
  /** How many of its pages may render at once; later fills wait their turn, first come first served. */
  fillsAtOnce: number
}

export type RenderedPageStore = ReturnType<typeof createStore>

function createStore(options: StoreOptions) {
  const pages = new LRUCache<string, RenderedPage>({
    maxSize: options.maxBytes,
    sizeCalculation: (page) => page.body.byteLength + 256,
    ttl: options.ttlMs,
  })
  let generation = 0
  let filling = 0
  const waiting: (() => void)[] = []
  return {
    read: (key: string) => pages.get(key),
    /** Call before fetching the page; keep() then refuses it if the store was emptied meanwhile. */
    generation: () => generation,
    keep(key: string, page: RenderedPage, since: number): void {
      if (since === generation && page.body.byteLength <= options.maxPageBytes) pages.set(key, page)
    },
    expire(tags: Iterable<string>): void {
      for (const tag of tags) {
        if (options.forgetOn(tag)) {
          generation++
          pages.clear()
          return
        }
      }
    },
    held: () => ({ pages: pages.size, bytes: pages.calculatedSize }),
    /** Runs a fill when fewer than `fillsAtOnce` are running; a finished fill hands its turn to the oldest waiting. */
    async fill<T>(render: () => Promise<T>): Promise<T> {
      if (filling < options.fillsAtOnce) filling++
      else await new Promise<void>((resolve) => waiting.push(resolve))
      try {
        return await render()
      } finally {
        const next = waiting.shift()
        if (next) next()
        else filling--
      }
    },
  }
}

/** The tags whose expiry can change what a results page shows: which articles match, their sections' names. */
const SEARCH_AFFECTING = new Set<string>([cacheTags.articles, cacheTags.categories])

type Stores = { search: RenderedPageStore; reading: RenderedPageStore }
const shared = globalThis as unknown as { kiosqueRenderedPages?: Stores }
const stores = (shared.kiosqueRenderedPages ??= {
  // Results pages render per query: 64 readers typing 64 new queries rendered 64 pages at once, every one holding
  // its memory until the last finished (peak RSS 315 → 404 MB on PostgreSQL, npm run bench, search-new at 64
  // connections) for no more pages a second on two cores. Four at once keep both cores busy.
  search: createStore({ maxBytes: 16 * 1024 * 1024, maxPageBytes: 512 * 1024, ttlMs: 60_000, forgetOn: (tag) => SEARCH_AFFECTING.has(tag), fillsAtOnce: 4 }),
  // Reading pages fill from Next's cache: cheap, and one per address at a time already (proxy.ts).
  reading: createStore({ maxBytes: 24 * 1024 * 1024, maxPageBytes: 1024 * 1024, ttlMs: 30_000, forgetOn: (tag) => tag !== cacheTags.redirects, fillsAtOnce: Infinity }),
})

export const searchPages = stores.search
export const readingPages = stores.reading

/** Called by expireTags() (lib/expire-tags.ts) with every set of cache tags the app expires. */
export function renderedPagesExpire(tags: Iterable<string>): void {
  const list = [...tags]
  searchPages.expire(list)
  readingPages.expire(list)
}

/** A reading page is kept only as Next served it from its cache, or rendered it for its cache; never STALE. */
export function servedFromCache(cacheHeader: string | null): boolean {
  return cacheHeader === 'HIT' || cacheHeader === 'MISS'
}
