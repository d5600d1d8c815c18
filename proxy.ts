// Next 16's middleware. It only spares visitors a round trip: pages and actions check again. It never opens the
// database: legacy URLs are looked up through a cached route handler.
import NextAuth from 'next-auth'
import { type NextFetchEvent, NextResponse, type NextRequest } from 'next/server'
import { authConfig } from './auth.config'
import { privateContentSecurityPolicy } from './lib/csp'
import { dependsOnRecord, recordScreen } from './lib/dashboard-records'
import { mayOpen } from './lib/dashboard-sections'
import { negotiateLocale, readerLocale } from './lib/i18n/negotiate'
import { LEGACY_QUERY_PARAMS, NOT_FOUND_SEGMENT } from './lib/paths'
import { isAppRoutePath, isImpossibleAddress, localisedAddress, parsePublicPath } from './lib/public-routes'
import { readingPages, servedFromCache, searchPages, type RenderedPage, type RenderedPageStore } from './lib/rendered-pages'

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

// Lets a public request through to its page. Author and search addresses use the words of their language
// (/en/author/…, /fr/auteur/…) and are served by one folder each (lib/public-routes.ts, SEGMENTS).
function render(request: NextRequest): NextResponse {
  const localised = localisedAddress(request.nextUrl.pathname)
  if (localised?.action !== 'rewrite') return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = localised.pathname
  return NextResponse.rewrite(url)
}

// Public pages are cached and stream from a prerendered shell, so a page can no longer turn its own 200 into a 404
// or an HTTP redirect. Before one renders, ask (cached) whether its URL exists. Pages that exist are remembered a
// few seconds: readers hitting the same popular pages cost a Map lookup, not a round trip. Missing ones are never
// remembered: an article published a second ago must answer 200 at once, even to a reader who tried its link early
// (the lookup behind /api/public-status is cached and revalidated on publish, so a 404 costs one local request).
type Status = { status: number; location?: string }
const EXISTS_TTL_MS = 5_000 // bounds how long an unpublished page keeps its 200 status (its content is gone at once)
const STATUS_TTL_MS = 30_000 // the 404 page's own HTML
const existsMemo = new Map<string, number>()

// Concurrent requests for one address share one lookup: when a popular page's memo expires under load, the readers
// arriving meanwhile (64 at once) wait for that one answer instead of each sending a lookup through the server
// (npm run bench, article at 64 connections: p99 2.0–2.1 s with a lookup each, 355–426 ms with one shared).
// Answering 200 from the memo while looking up again in the background measured no better, and lets a page that
// is gone answer 200 once more, so readers wait for the shared lookup.
const statusLookups = new Map<string, Promise<Status | null>>()

async function publicPathStatus(request: NextRequest): Promise<Status | null> {
  const { pathname, search } = request.nextUrl
  const key = pathname + search
  const seen = existsMemo.get(key)
  if (seen !== undefined && Date.now() - seen < EXISTS_TTL_MS) return { status: 200 }
  let lookup = statusLookups.get(key)
  if (!lookup) {
    lookup = lookUpStatus(request, key).finally(() => statusLookups.delete(key))
    statusLookups.set(key, lookup)
  }
  return lookup
}

async function lookUpStatus(request: NextRequest, key: string): Promise<Status | null> {
  const lookup = new URL('/api/public-status', request.nextUrl.origin)
  lookup.searchParams.set('path', request.nextUrl.pathname)
  lookup.searchParams.set('search', request.nextUrl.search)
  const response = await fetch(lookup, { headers: { accept: 'application/json' } }).catch(() => null)
  if (!response?.ok) return null // let the page answer for itself rather than fail the request
  const value = (await response.json()) as Status
  if (value.status === 200) {
    if (existsMemo.size > 5_000) existsMemo.clear()
    existsMemo.set(key, Date.now())
  } else {
    existsMemo.delete(key)
  }
  return value
}

// A rewrite cannot change the status of a prerendered page, so the 404 page (static HTML in the site design, one
// per language) is fetched once in a while and answered with a 404 status.
const NOT_FOUND_HEADER = 'x-kiosque-not-found-page'
const notFoundMemo = new Map<string, { at: number; html: string }>()

async function notFoundResponse(request: NextRequest, lang: string): Promise<NextResponse> {
  let memo = notFoundMemo.get(lang)
  if (!memo || Date.now() - memo.at > STATUS_TTL_MS) {
    const page = await fetch(new URL(`/${lang}/${NOT_FOUND_SEGMENT}`, request.nextUrl.origin), { headers: { [NOT_FOUND_HEADER]: '1' } }).catch(() => null)
    if (!page?.ok) return NextResponse.rewrite(new URL(`/${lang}/${NOT_FOUND_SEGMENT}`, request.nextUrl.origin))
    memo = { at: Date.now(), html: await page.text() }
    notFoundMemo.set(lang, memo)
  }
  return new NextResponse(memo.html, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
}

async function publicPage(request: NextRequest, lang: string): Promise<NextResponse> {
  // Never rendered, not even for the client router: a NUL in a slug would reach the database as an error.
  if (isImpossibleAddress(request.nextUrl.pathname + request.nextUrl.search)) return notFoundResponse(request, lang)
  // The 404 page's own fetch and the proxy's own fills render normally. Client-side navigations cannot be told
  // apart here (Next strips the router's RSC headers before the proxy, next/dist/server/web/adapter.js): a redirect
  // or a 404 answered to one is not RSC, and the router loads the address as a full page, which gets the same answer.
  if (request.headers.has(NOT_FOUND_HEADER) || request.headers.has(FILL_HEADER)) return render(request)
  const found = await publicPathStatus(request)
  if (found?.location) return NextResponse.redirect(new URL(found.location, request.nextUrl.origin), found.status)
  if (found?.status === 404) return notFoundResponse(request, lang)
  return readingPage(request)
}

// Pages answered from memory once Next has served them (lib/rendered-pages.ts explains why and how that stays
// exact). A miss fetches the page through a local request, which this proxy lets through (FILL_HEADER); concurrent
// misses of one address share that request.
const FILL_HEADER = 'x-kiosque-page-fill'
const KEPT_HEADERS = ['content-type', 'cache-control', 'vary', 'link', 'x-robots-tag']
const fills = new Map<string, Promise<RenderedPage | null>>()

// The page as Next answers it now, kept for later readers when `mayKeep` says so; null when it is not a 200 (the
// reader then gets Next's own answer, with its status).
async function fillPage(request: NextRequest, store: RenderedPageStore, key: string, mayKeep: (page: Response) => boolean): Promise<RenderedPage | null> {
  const since = store.generation()
  const page = await fetch(request.nextUrl, { headers: { [FILL_HEADER]: '1', accept: 'text/html' } }).catch(() => null)
  if (page?.status !== 200) return null
  const body = new Uint8Array(await page.arrayBuffer())
  const headers = KEPT_HEADERS.flatMap((name): [string, string][] => {
    const value = page.headers.get(name)
    return value ? [[name, value]] : []
  })
  const rendered = { body, headers }
  if (mayKeep(page)) store.keep(key, rendered, since)
  return rendered
}

async function fromMemory(request: NextRequest, store: RenderedPageStore, mayKeep: (page: Response) => boolean): Promise<NextResponse> {
  const key = request.nextUrl.pathname + request.nextUrl.search
  let page = store.read(key)
  if (!page) {
    let fill = fills.get(key)
    if (!fill) {
      fill = store.fill(() => fillPage(request, store, key, mayKeep)).finally(() => fills.delete(key))
      fills.set(key, fill)
    }
    page = (await fill) ?? undefined
    if (!page) return render(request) // let the page answer for itself (an error page, say)
  }
  // As they are: Next drops Content-Length and Content-Encoding from a proxy's answer (next/dist/server/send-response.js)
  // and compresses the bytes itself when the reader takes gzip, so a gzip copy kept here would go out gzipped twice.
  return new NextResponse(page.body, { status: 200, headers: page.headers })
}

// What may be answered from memory: a GET that is not the proxy's own fill, asking for HTML as a browser loading a
// page does. The client router's requests ask for anything (fetch's default Accept; Next strips their RSC headers
// before the proxy) and must reach Next, which answers them in RSC; a feed reader asks for anything too, and the
// router never asks for a feed.
function isPageLoad(request: NextRequest, anyAccept = false): boolean {
  if (request.method !== 'GET' || request.headers.has(FILL_HEADER)) return false
  return anyAccept || (request.headers.get('accept') ?? '').includes('text/html')
}

// A reader's page load of an address without a query string, or a feed.
function readingPage(request: NextRequest, feed = false): Promise<NextResponse> | NextResponse {
  if (request.nextUrl.search || !isPageLoad(request, feed)) return render(request)
  return fromMemory(request, readingPages, (page) => servedFromCache(page.headers.get('x-nextjs-cache')))
}

// Search results pages are answered from memory once rendered, to page loads; a search made through the client
// router (the form with JavaScript) is rendered by Next in RSC.
async function searchPage(request: NextRequest, lang: string): Promise<NextResponse> {
  if (!isPageLoad(request)) return render(request)
  // Only a page past the first can be missing: past the last page of results it is a 404.
  if (request.nextUrl.searchParams.has('page') && !searchPages.read(request.nextUrl.pathname + request.nextUrl.search)) {
    const found = await publicPathStatus(request)
    if (found?.status === 404) return notFoundResponse(request, lang)
  }
  return fromMemory(request, searchPages, () => true)
}

// A dashboard screen the session's role may not open answers 403. The page itself renders the 403 page, but with
// Cache Components it streams from a prerendered shell that has already sent a 200 (and a status set here is
// overwritten by that shell's). So the proxy fetches the page as the person would see it and answers it with 403:
// one extra local request, for refusals only. The role cannot be stale: changing it ends the person's sessions.
// Screens about one record (a journalist opening a colleague's article) are refused by the page after the same
// 200, so for the roles whose answer depends on the record the proxy asks first (lib/dashboard-records.ts).
const REFUSAL_HEADER = 'x-kiosque-refusal-page'
const FORWARDED_HEADERS = ['content-type', 'content-security-policy', 'x-frame-options', 'cache-control', 'vary']

function personalHeaders(request: NextRequest, extra: Record<string, string> = {}): Headers {
  const headers = new Headers(extra)
  for (const name of ['cookie', 'accept-language']) {
    const value = request.headers.get(name)
    if (value) headers.set(name, value)
  }
  return headers
}

async function refusalResponse(request: NextRequest, status: 403 | 404): Promise<NextResponse> {
  const page = await fetch(request.nextUrl, { headers: personalHeaders(request, { [REFUSAL_HEADER]: '1' }), redirect: 'manual' }).catch(() => null)
  if (!page?.ok || !page.body) return withNonce(request) // the page answers for itself, with its own status
  const response = new NextResponse(page.body, { status })
  for (const name of FORWARDED_HEADERS) {
    const value = page.headers.get(name)
    if (value) response.headers.set(name, value)
  }
  for (const cookie of page.headers.getSetCookie()) response.headers.append('set-cookie', cookie) // Auth.js rolls the session
  return response
}

// 403 or 404 when this person may not open this record, or it does not exist; null when the page may render.
async function recordRefusal(request: NextRequest): Promise<403 | 404 | null> {
  const lookup = new URL('/api/dashboard-status', request.nextUrl.origin)
  lookup.searchParams.set('path', request.nextUrl.pathname)
  const response = await fetch(lookup, { headers: personalHeaders(request, { accept: 'application/json' }) }).catch(() => null)
  if (!response?.ok) return null // let the page answer for itself rather than fail the request
  const { status } = (await response.json()) as { status: number }
  return status === 403 || status === 404 ? status : null
}

// The newsroom's pages: signed-out visitors go to the sign-in page; every private page gets its nonce.
const privatePage = auth(async (request) => {
  const { pathname } = request.nextUrl
  const user = request.auth?.user
  if (pathname.startsWith('/dashboard') && !user) {
    const signIn = new URL('/sign-in', request.nextUrl.origin)
    signIn.searchParams.set('callbackUrl', pathname + request.nextUrl.search)
    return NextResponse.redirect(signIn, 307)
  }
  // Pages only: server actions answer their own forbidden result, and the proxy's own fetch renders normally. Next
  // hides the router's RSC requests from the proxy (it strips their headers), so a client-side navigation to a
  // refused screen gets the HTML answer too, and the router loads it as a full page, with its status.
  const pageLoad = request.method === 'GET' && !request.headers.has(REFUSAL_HEADER)
  if (!pageLoad || !user) return withNonce(request)
  if (!mayOpen(user.role, pathname)) return refusalResponse(request, 403)
  const screen = recordScreen(pathname)
  const refused = screen && dependsOnRecord(user.role, screen.permission) ? await recordRefusal(request) : null
  return refused ? refusalResponse(request, refused) : withNonce(request)
})

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, searchParams } = request.nextUrl
  // Public pages never go through Auth.js: its wrapper would decode the session and set CSRF and callback cookies
  // on every response, and a cached page answered with Set-Cookie is neither cheap nor shareable by a CDN.
  const route = parsePublicPath(pathname)
  const localised = route ? localisedAddress(pathname) : null
  if (localised?.action === 'redirect') {
    // Another language's word (/en/auteur/…, /fr/search): the page at its own address, for good.
    const url = request.nextUrl.clone()
    url.pathname = localised.pathname
    return NextResponse.redirect(url, 308)
  }
  if (route?.kind === 'home' || route?.kind === 'feed') return readingPage(request, route.kind === 'feed')
  if (route?.kind === 'search') return searchPage(request, route.lang)
  if (route) return publicPage(request, pathname.split('/')[1] ?? 'fr')
  if (pathname.startsWith('/dashboard') || pathname === '/sign-in' || pathname.startsWith('/invite')) {
    // Auth.js types its wrapper as a route handler; as middleware it is called, and forwards, (request, event).
    return privatePage(request, event as unknown as Parameters<typeof privatePage>[1])
  }
  if (pathname === '/' && !LEGACY_QUERY_PARAMS.some((name) => searchParams.has(name))) {
    const locale = negotiateLocale(request.headers.get('accept-language'))
    const response = NextResponse.redirect(new URL(`/${locale}`, request.nextUrl.origin), 307)
    response.headers.set('Vary', 'Accept-Language')
    return response
  }
  const redirect = await legacyRedirect(request)
  if (redirect) return redirect
  if (isAppRoutePath(pathname)) return NextResponse.next()
  // No page and no old address ("/xx/foo", "/de", "/FR", "/?p=999"): the designed 404 in the reader's language, to
  // client-side navigations too. Left to Next, the [lang] layout would take "xx" for a language, and its notFound()
  // sits above every not-found page: the router would draw Next's bare English 404. Next hides the router's RSC
  // requests from the proxy (it strips their headers and `_rsc`), so they get this HTML page as well; an answer that
  // is not RSC makes the router load the address as a full page, which gets the same page with its 404 status.
  const lang = readerLocale(request.headers.get('referer'), request.headers.get('host'), request.headers.get('accept-language'))
  const response = await notFoundResponse(request, lang)
  response.headers.set('Vary', 'Accept-Language, Referer')
  return response
}

export const config = {
  // Public pages and feeds pass through for the existence check (home, search and feeds skip it) and the memory
  // store above. WordPress's /feed is an old address to redirect, so only the root /feed.xml is left out.
  matcher: ['/((?!_next/|api/|favicon\\.ico|robots\\.txt|sitemap|feed\\.xml|media/|.*\\.(?:png|jpg|jpeg|gif|webp|avif|svg|css|js|woff2?)$).*)'],
}
