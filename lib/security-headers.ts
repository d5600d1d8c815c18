// Response headers for every route. Public pages are cached HTML shared between readers, so they cannot carry a
// per-request nonce: their script policy allows Next's inline bootstrap. The dashboard and sign-in render per
// request anyway, and proxy.ts gives them a nonce-based policy (see lib/csp.ts).
import { publicContentSecurityPolicy } from './csp'

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

export async function securityHeaders() {
  return [
    { source: '/:path*', headers: common },
    {
      source: '/((?!dashboard|sign-in|invite).*)',
      headers: [
        { key: 'Content-Security-Policy', value: publicContentSecurityPolicy() },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    // The site's icon (app/favicon.ico, app/icon.svg): Next sends "max-age=0, must-revalidate" and, with ETags off,
    // every check downloads it again. A day fresh, a week more while revalidating: a new icon shows within a day.
    { source: '/:icon(favicon\\.ico|icon\\.svg)', headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }] },
  ]
}
