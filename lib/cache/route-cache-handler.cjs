// Next's route cache (ISR), as it comes, except for search results: those stay in its memory LRU
// (cacheMaxMemorySize) and are never written to .next on disk. Every distinct query a visitor types is a page of
// its own (proxy.ts rewrites ?q= to /<lang>/recherche/<query>/<page>), so written to disk they would let anyone fill
// the disk by searching; articles and listings are a bounded set and keep surviving restarts on disk.
// Plain CommonJS, as Next's own handler it extends (next.config.ts `cacheHandler`).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, loaded by Next as it is
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
const SEARCH_RESULTS = /\/(?:fr|en|ar)\/recherche\/[^/]+\/\d+$/

module.exports = class RouteCacheHandler extends FileSystemCache {
  constructor(context) {
    super(context)
    this.memoryOnly = new FileSystemCache({ ...context, flushToDisk: false })
  }

  get(key, context) {
    return SEARCH_RESULTS.test(key) ? this.memoryOnly.get(key, context) : super.get(key, context)
  }

  set(key, data, context) {
    return SEARCH_RESULTS.test(key) ? this.memoryOnly.set(key, data, context) : super.set(key, data, context)
  }
}
