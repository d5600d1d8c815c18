// Embeds are built from an allow-list of providers (YouTube, Vimeo…); frames from anywhere else are refused.
const EMBED_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']
const isDev = process.env.NODE_ENV === 'development'

function policy(scriptSrc: string, frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${EMBED_ORIGINS.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')
}

export function publicContentSecurityPolicy(): string {
  return policy("'self' 'unsafe-inline'", "'self'")
}

/** For per-request pages (dashboard, sign-in): only scripts carrying this request's nonce run; no framing at all. */
export function privateContentSecurityPolicy(nonce: string): string {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`, "'none'")
}
