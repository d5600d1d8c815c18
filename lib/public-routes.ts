// The public URL scheme (lib/paths.ts) read backwards: which page a path asks for. proxy.ts uses it, through
// /api/public-status, to answer a real 404 (or a redirect) before a cached page starts streaming with a 200.
import { isLocale, type Locale } from './i18n/config'
import { parsePageSegment } from './pagination'

export type PublicRoute =
  | { kind: 'home'; lang: Locale } // always exists
  | { kind: 'feed'; lang: Locale } // feeds: they always exist
  | { kind: 'search'; lang: Locale } // exists, but ?page= may be past the last page of results
  | { kind: 'article'; lang: Locale; category: string; slug: string }
  | { kind: 'category'; lang: Locale; slug: string; page: number }
  | { kind: 'tag'; lang: Locale; slug: string; page: number }
  | { kind: 'author'; lang: Locale; slug: string; page: number }
  | { kind: 'unknown' } // shaped like no page of ours

/**
 * The localised words of the public URLs, and the app's folder each one is served from (app/[lang]/auteur,
 * app/[lang]/recherche). proxy.ts rewrites an address in another language's words to that folder, and sends a
 * reader who used another language's word (an old link to /en/auteur/…) to the address in the page's own words.
 */
export const SEGMENTS = {
  author: { folder: 'auteur', fr: 'auteur', en: 'author', ar: 'author' },
  search: { folder: 'recherche', fr: 'recherche', en: 'search', ar: 'search' },
} as const satisfies Record<string, Record<Locale | 'folder', string>>
export type SegmentName = keyof typeof SEGMENTS

/** Which page a localised word names, in any language ("author" and "auteur" both name the author page). */
export function segmentNamed(word: string | undefined): SegmentName | null {
  for (const [name, words] of Object.entries(SEGMENTS) as [SegmentName, (typeof SEGMENTS)[SegmentName]][]) {
    if (Object.values(words).includes(word as never)) return name
  }
  return null
}

function listing(kind: 'category' | 'tag' | 'author', lang: Locale, slug: string | undefined, rest: string[]): PublicRoute {
  if (!slug) return { kind: 'unknown' }
  if (rest.length === 0) return { kind, lang, slug, page: 1 }
  if (kind === 'category' && rest.length === 1 && rest[0] === 'feed.xml') return { kind: 'feed', lang }
  const page = rest.length === 2 && rest[0] === 'page' ? parsePageSegment(rest[1] ?? '') : null
  return page ? { kind, lang, slug, page } : { kind: 'unknown' }
}

/** Control characters (a NUL reaches the database as an error) and very long addresses are no page of ours. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/
export const MAX_PUBLIC_PATH = 2048

export function isImpossiblePath(decoded: string): boolean {
  return decoded.length > MAX_PUBLIC_PATH || CONTROL_CHARACTER.test(decoded)
}

/** The same, for an address as it arrives (percent-encoded). */
export function isImpossibleAddress(encoded: string): boolean {
  let decoded = encoded
  try {
    decoded = decodeURIComponent(encoded)
  } catch {
    // malformed escapes are left to the routes, which answer 404 for them
  }
  return isImpossiblePath(decoded)
}

export function parsePublicPath(pathname: string): PublicRoute | null {
  let segments: string[]
  try {
    segments = pathname.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return { kind: 'unknown' }
  }
  const [lang, first, second, ...rest] = segments
  if (!isLocale(lang)) return null // not a public page: the caller decides
  if (isImpossiblePath(segments.join('/'))) return { kind: 'unknown' }
  if (!first) return { kind: 'home', lang }
  const word = segmentNamed(first)
  if (word === 'search') return second ? { kind: 'unknown' } : { kind: 'search', lang }
  if (first === 'feed.xml') return second ? { kind: 'unknown' } : { kind: 'feed', lang }
  if (first === 'tag') return listing('tag', lang, second, rest)
  if (word === 'author') return listing('author', lang, second, rest)
  if (second && second !== 'page' && second !== 'feed.xml') {
    return rest.length ? { kind: 'unknown' } : { kind: 'article', lang, category: first, slug: second }
  }
  return listing('category', lang, first, second ? [second, ...rest] : [])
}

// Addresses answered by routes outside the public site (newsroom, previews, route handlers, files and icons). Any
// other address that is neither a public page nor an old URL to redirect is a 404 the proxy answers itself: left to
// Next, "/xx/foo" reaches the [lang] layout as language "xx", whose notFound() call sits above every not-found page
// and gives Next's bare English 404.
const APP_ROOTS = new Set(['dashboard', 'sign-in', 'invite', 'preview', 'api', 'media', '_next', 'sitemap-articles'])
const APP_FILES = new Set(['favicon.ico', 'icon.svg', 'apple-icon.png', 'logo.png', 'robots.txt', 'sitemap.xml', 'sitemap-news.xml', 'sitemap-pages.xml', 'consent.css'])

export function isAppRoutePath(pathname: string): boolean {
  const [first = '', ...rest] = pathname.split('/').slice(1)
  return APP_ROOTS.has(first) || (rest.length === 0 && APP_FILES.has(first))
}

/**
 * How the proxy treats a public address's localised word: "rewrite" to the folder that serves it (/en/author/x is
 * served by app/[lang]/auteur), "redirect" to the address in the page's own words (/en/auteur/x → /en/author/x), or
 * null when the address is already the folder's (/fr/auteur/x) or has no such word.
 */
export function localisedAddress(pathname: string): { action: 'rewrite' | 'redirect'; pathname: string } | null {
  const [, lang, word, ...rest] = pathname.split('/')
  const name = segmentNamed(word)
  if (!name || !isLocale(lang)) return null
  const words = SEGMENTS[name]
  const own = words[lang]
  if (word !== own) return { action: 'redirect', pathname: ['', lang, own, ...rest].join('/') }
  return own === words.folder ? null : { action: 'rewrite', pathname: ['', lang, words.folder, ...rest].join('/') }
}
