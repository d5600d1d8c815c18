import type { NextConfig } from 'next'
import { securityHeaders } from './lib/security-headers'

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Partial Prefetching makes every per-request page (search results, the dashboard) render twice: the page, then a
  // "runtime prefetch" of it embedded in the HTML. Public pages are static, so links prefetch them from the cache
  // either way. Off: a search results page went from 37.5 to 22.7 KB and from about 20 to 15–18 ms of server CPU.
  partialPrefetching: false,
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript to make its ETag: 14.5 % of the server's CPU time serving the
  // 219 KB article page (npm run bench -- --cpu-prof). Cached pages carry Cache-Control (s-maxage, SWR) instead.
  generateEtags: false,
  // Both open native/WASM resources at run time and must not be bundled (see NOTES: PGlite 500s when bundled).
  serverExternalPackages: ['@electric-sql/pglite', 'rate-limiter-flexible'],
  experimental: {
    // The build prerenders pages from a private snapshot of the database; one worker keeps memory low on 2 cores.
    cpus: 1,
    authInterrupts: true, // forbidden() renders the 403 page
    globalNotFound: true, // one designed 404 for URLs no route matches (the site has several root layouts)
    // Image uploads go through a server action: let a too-big file (up to 48 MB) reach it, so the newsroom gets a
    // sentence naming the file and the 15 MB limit rather than a bare 413.
    serverActions: { bodySizeLimit: '48mb' },
    proxyClientMaxBodySize: '48mb',
  },
  async headers() {
    return securityHeaders()
  },
}

export default nextConfig
