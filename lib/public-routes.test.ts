import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isAppRoutePath, localisedAddress, parsePublicPath } from './public-routes'

describe('parsePublicPath', () => {
  it.each([
    ['/fr', { kind: 'home', lang: 'fr' }],
    ['/en/search', { kind: 'search', lang: 'en' }],
    ['/fr/recherche', { kind: 'search', lang: 'fr' }],
    ['/en/recherche', { kind: 'search', lang: 'en' }], // another language's word: the proxy redirects it first
    ['/en/search/more', { kind: 'unknown' }],
    ['/ar/feed.xml', { kind: 'feed', lang: 'ar' }],
    ['/fr/economie/feed.xml', { kind: 'feed', lang: 'fr' }],
    ['/fr/economie', { kind: 'category', lang: 'fr', slug: 'economie', page: 1 }],
    ['/fr/economie/page/3', { kind: 'category', lang: 'fr', slug: 'economie', page: 3 }],
    ['/fr/economie/page/1', { kind: 'unknown' }],
    ['/fr/economie/page/x', { kind: 'unknown' }],
    ['/fr/economie/mon-article', { kind: 'article', lang: 'fr', category: 'economie', slug: 'mon-article' }],
    ['/fr/economie/mon-article/extra', { kind: 'unknown' }],
    ['/en/tag/climat', { kind: 'tag', lang: 'en', slug: 'climat', page: 1 }],
    ['/en/tag/climat/page/2', { kind: 'tag', lang: 'en', slug: 'climat', page: 2 }],
    ['/en/tag', { kind: 'unknown' }],
    ['/ar/author/sarah-haddad', { kind: 'author', lang: 'ar', slug: 'sarah-haddad', page: 1 }],
    ['/fr/auteur/sarah-haddad/page/2', { kind: 'author', lang: 'fr', slug: 'sarah-haddad', page: 2 }],
    ['/en/author', { kind: 'unknown' }],
    ['/fr/%E9', { kind: 'unknown' }],
    ['/fr/%00', { kind: 'unknown' }],
    ['/fr/economie/%00', { kind: 'unknown' }],
    ['/fr/economie/a%0Ab', { kind: 'unknown' }],
    [`/fr/economie/${'b'.repeat(3000)}`, { kind: 'unknown' }],
    ['/de/economie', null],
    ['/dashboard', null],
  ])('%s', (path, expected) => {
    expect(parsePublicPath(path)).toEqual(expected)
  })
})

describe('isAppRoutePath: what the proxy must leave to other routes rather than answer 404', () => {
  it.each([
    ['/dashboard', true],
    ['/dashboard/articles/1', true],
    ['/sign-in', true],
    ['/invite/abc', true],
    ['/preview/abc', true],
    ['/favicon.ico', true],
    ['/icon.svg', true],
    ['/robots.txt', true],
    ['/sitemap-articles/1.xml', true],
    ['/consent.css', true],
    ['/xx/foo', false],
    ['/foo', false],
    ['/de', false],
    ['/FR', false],
    ['/', false],
    ['/foo/favicon.ico', false],
  ])('%s: %s', (path, expected) => {
    expect(isAppRoutePath(path)).toBe(expected)
  })
})

// The list in public-routes.ts must follow the app: a new top-level route or public file left out of it would be
// answered the designed 404 by the proxy instead of reaching its route.
describe('isAppRoutePath covers every top-level route of app/ and every file of public/', () => {
  const routes = readdirSync('app', { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('[') && !/^(global-not-found|globals|layout|not-found)\b/.test(entry.name))
    .map((entry) => entry.name.replace(/\.ts$/, '.txt'))
  it.each([...routes, ...readdirSync('public')])('/%s', (name) => {
    expect(isAppRoutePath(`/${name}`)).toBe(true)
  })
})

describe('localisedAddress', () => {
  it.each([
    ['/en/author/sarah', { action: 'rewrite', pathname: '/en/auteur/sarah' }],
    ['/ar/author/sarah/page/2', { action: 'rewrite', pathname: '/ar/auteur/sarah/page/2' }],
    ['/en/search', { action: 'rewrite', pathname: '/en/recherche' }],
    ['/en/auteur/sarah', { action: 'redirect', pathname: '/en/author/sarah' }],
    ['/ar/recherche', { action: 'redirect', pathname: '/ar/search' }],
    ['/fr/author/sarah', { action: 'redirect', pathname: '/fr/auteur/sarah' }],
    ['/fr/auteur/sarah', null], // the folder's own address
    ['/fr/recherche', null],
    ['/en/economie/author', null], // an article whose slug happens to be the word
    ['/en/tag/search', null],
    ['/de/author/sarah', null],
  ] as const)('%s', (path, expected) => {
    expect(localisedAddress(path)).toEqual(expected)
  })
})
