// Next 16's middleware. It only spares visitors a round trip: pages and actions check again. It never opens the
// database: legacy URLs are looked up through a cached route handler.
import NextAuth from 'next-auth'
import { NextResponse, type NextRequest } from 'next/server'
import { authConfig } from './auth.config'
import { privateContentSecurityPolicy } from './lib/csp'
import { negotiateLocale } from './lib/i18n/negotiate'

const { auth } = NextAuth(authConfig)

function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = privateContentSecurityPolicy(nonce)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy) // Next reads the nonce from here for its own scripts
  requestHeaders.set('x-nonce', nonce)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  response.headers.set('X-Frame-Options', 'DENY')
  return response
}

async function legacyRedirect(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl
  const lookup = new URL('/api/redirects', request.nextUrl.origin)
  lookup.searchParams.set('path', pathname + search)
  const response = await fetch(lookup, { headers: { accept: 'application/json' } }).catch(() => null)
  if (!response?.ok) return null
  const found = (await response.json()) as { to: string; status: number } | null
  return found ? NextResponse.redirect(new URL(found.to, request.nextUrl.origin), found.status) : null
}

export default auth(async (request) => {
  const { pathname, searchParams } = request.nextUrl
  if (pathname.startsWith('/dashboard') && !request.auth?.user) {
    const signIn = new URL('/sign-in', request.nextUrl.origin)
    signIn.searchParams.set('callbackUrl', pathname + request.nextUrl.search)
    return NextResponse.redirect(signIn, 307)
  }
  if (pathname.startsWith('/dashboard') || pathname === '/sign-in' || pathname.startsWith('/invite')) {
    return withNonce(request)
  }
  if (pathname === '/' && !searchParams.has('p') && !searchParams.has('cat') && !searchParams.has('tag')) {
    const locale = negotiateLocale(request.headers.get('accept-language'))
    const response = NextResponse.redirect(new URL(`/${locale}`, request.nextUrl.origin), 307)
    response.headers.set('Vary', 'Accept-Language')
    return response
  }
  return (await legacyRedirect(request)) ?? NextResponse.next()
})

export const config = {
  // Public pages under /fr, /en and /ar never pass through here, so they stay as fast as static files.
  matcher: ['/((?!_next/|api/|fr(?:/|$)|en(?:/|$)|ar(?:/|$)|favicon\\.ico|robots\\.txt|sitemap|feed|media/|.*\\.(?:png|jpg|jpeg|gif|webp|avif|svg|css|js|woff2?)$).*)'],
}
