import { describe, expect, it } from 'vitest'
import { normalizeRedirectPath, paths } from './paths'

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
