// URL scheme (documented in README): every public page starts with its UI language.
//   /fr                      home            /fr/<category>            category
//   /fr/<category>/<slug>    article         /fr/tag/<tag>             tag
//   /fr/auteur/<author>      author          /fr/recherche?q=          search
//   /en/author/<author>, /ar/author/<author>, /en/search?q=, /ar/search?q=: the same pages, in words of the address's
//   language (Arabic addresses keep ASCII words, as Arabic news sites do, so they survive copy and paste whole).
// An article lives under its own language's prefix. "tag", the words above and the locales are reserved slugs.
import { locales, type Locale } from './i18n/config'
import { parsePublicPath, SEGMENTS } from './public-routes'

// proxy.ts rewrites unknown public URLs here to answer a real 404 in the page's language (app/[lang]/page-introuvable).
export const NOT_FOUND_SEGMENT = 'page-introuvable'

export const RESERVED_SLUGS = [
  ...locales,
  'tag',
  ...new Set(Object.values(SEGMENTS).flatMap((words) => Object.values(words))),
  'dashboard',
  'api',
  'sign-in',
  'invite',
  'feed',
  'media',
  'feed.xml',
  'page',
  NOT_FOUND_SEGMENT,
]

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  category: (locale: Locale, category: string) => `/${locale}/${category}`,
  article: (a: { language: Locale; categorySlug: string; slug: string }) => `/${a.language}/${a.categorySlug}/${a.slug}`,
  tag: (locale: Locale, tag: string) => `/${locale}/tag/${tag}`,
  author: (locale: Locale, author: string) => `/${locale}/${SEGMENTS.author[locale]}/${author}`,
  search: (locale: Locale) => `/${locale}/${SEGMENTS.search[locale]}`,
}

// Query parameters that identify a page in WordPress (?p=123, ?cat=4, ?page_id=9); all others are dropped.
export const LEGACY_QUERY_PARAMS = ['p', 'page_id', 'cat', 'tag', 'author']

/** The form under which redirects are stored and looked up: no trailing slash, only meaningful query params. */
export function normalizeRedirectPath(raw: string): string {
  const url = new URL(raw, 'http://kiosque.invalid')
  let pathname = decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/'
  if (!pathname.startsWith('/')) pathname = `/${pathname}`
  const kept = LEGACY_QUERY_PARAMS.filter((name) => url.searchParams.has(name)).map(
    (name) => `${name}=${url.searchParams.get(name) ?? ''}`,
  )
  return kept.length ? `${pathname}?${kept.join('&')}` : pathname
}

/**
 * The same page in another language, for the language switcher: sections, tags, authors and search exist in every
 * language under the same slug; an article's translation has its own slug (the article page lists its
 * translations), so from an article, and from anything else, the switcher goes to that language's home page.
 */
export function samePageIn(pathname: string, to: Locale): string {
  const route = parsePublicPath(pathname)
  switch (route?.kind) {
    case 'category':
      return paths.category(to, route.slug)
    case 'tag':
      return paths.tag(to, route.slug)
    case 'author':
      return paths.author(to, route.slug)
    case 'search':
      return paths.search(to)
    default:
      return paths.home(to)
  }
}
