import { describe, expect, it } from 'vitest'
import { normalizeRedirectPath, paths, RESERVED_SLUGS, samePageIn } from './paths'

describe('paths', () => {
  it('builds an article URL from its own language and section', () => {
    expect(paths.article({ language: 'en', categorySlug: 'economie', slug: 'jobs' })).toBe('/en/economie/jobs')
  })

  it('writes author and search addresses in the words of their language', () => {
    expect([paths.author('fr', 'sarah'), paths.author('en', 'sarah'), paths.author('ar', 'sarah')]).toEqual(['/fr/auteur/sarah', '/en/author/sarah', '/ar/author/sarah'])
    expect([paths.search('fr'), paths.search('en'), paths.search('ar')]).toEqual(['/fr/recherche', '/en/search', '/ar/search'])
  })

  it('reserves the words of every language, so no section can take them', () => {
    for (const word of ['auteur', 'author', 'recherche', 'search', 'tag']) expect(RESERVED_SLUGS).toContain(word)
  })

  it.each([
    ['/2023/05/12/mon-article/', '/2023/05/12/mon-article'],
    ['/?p=123', '/?p=123'],
    ['/?p=123&utm_source=x', '/?p=123'],
    ['/category/sport/?paged=2', '/category/sport'],
    ['/%C3%A9t%C3%A9/', '/été'],
  ])('normalises %s to %s', (input, output) => {
    expect(normalizeRedirectPath(input)).toBe(output)
  })
})

describe('samePageIn', () => {
  it.each([
    ['/fr/economie', 'en', '/en/economie'],
    ['/fr/economie/page/3', 'ar', '/ar/economie'], // page 3 may not exist in the other language
    ['/en/tag/climat', 'fr', '/fr/tag/climat'],
    ['/ar/author/sarah-haddad', 'fr', '/fr/auteur/sarah-haddad'],
    ['/fr/auteur/sarah-haddad', 'en', '/en/author/sarah-haddad'],
    ['/fr/recherche', 'en', '/en/search'],
    ['/en/search', 'ar', '/ar/search'],
    ['/fr/economie/le-chomage-recule', 'en', '/en'], // a translation has its own slug
    ['/fr', 'ar', '/ar'],
    ['/fr/page-introuvable/x/y', 'en', '/en'],
  ] as const)('%s in %s → %s', (from, to, expected) => {
    expect(samePageIn(from, to)).toBe(expected)
  })
})
