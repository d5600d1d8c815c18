import { describe, expect, it } from 'vitest'
import { normalizeRedirectPath, paths, samePageIn } from './paths'

describe('paths', () => {
  it('builds an article URL from its own language and section', () => {
    expect(paths.article({ language: 'en', categorySlug: 'economie', slug: 'jobs' })).toBe('/en/economie/jobs')
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
    ['/ar/auteur/sarah-haddad', 'fr', '/fr/auteur/sarah-haddad'],
    ['/fr/recherche', 'en', '/en/recherche'],
    ['/fr/economie/le-chomage-recule', 'en', '/en'], // a translation has its own slug
    ['/fr', 'ar', '/ar'],
    ['/fr/page-introuvable/x/y', 'en', '/en'],
  ] as const)('%s in %s → %s', (from, to, expected) => {
    expect(samePageIn(from, to)).toBe(expected)
  })
})
