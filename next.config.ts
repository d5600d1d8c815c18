import type { NextConfig } from 'next'
import { securityHeaders } from './lib/security-headers'

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  // Both open native/WASM resources at run time and must not be bundled (see NOTES: PGlite 500s when bundled).
  serverExternalPackages: ['@electric-sql/pglite', 'rate-limiter-flexible'],
  experimental: {
    // The build prerenders pages from a private snapshot of the database; one worker keeps memory low on 2 cores.
    cpus: 1,
    authInterrupts: true, // forbidden() renders the 403 page
    globalNotFound: true, // one designed 404 for URLs no route matches (the site has several root layouts)
  },
  async headers() {
    return securityHeaders()
  },
}

export default nextConfig
