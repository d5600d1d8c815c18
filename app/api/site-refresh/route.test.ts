import { beforeEach, describe, expect, it, vi } from 'vitest'
import { siteRefreshToken } from '@/lib/site-refresh'

const revalidateTag = vi.hoisted(() => vi.fn())
vi.mock('next/cache', () => ({ revalidateTag }))
vi.mock('@/lib/env', () => ({ env: { AUTH_SECRET: 'a-test-secret-that-is-long-enough-0123456789', NODE_ENV: 'production' } }))
const { POST } = await import('./route')

const call = (authorization: string | null, body: unknown = {}) =>
  POST(new Request('http://site.test/api/site-refresh', { method: 'POST', headers: authorization ? { authorization } : {}, body: JSON.stringify(body) }))

describe('POST /api/site-refresh', () => {
  beforeEach(() => revalidateTag.mockClear())

  it('refuses a request without the token, or with a token from another secret, and refreshes nothing', async () => {
    expect((await call(null)).status).toBe(403)
    expect((await call(`Bearer ${siteRefreshToken('another-secret-that-is-long-enough-0123456789')}`)).status).toBe(403)
    expect((await call(siteRefreshToken('a-test-secret-that-is-long-enough-0123456789'))).status).toBe(403) // no "Bearer "
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('expires old addresses, lists and sections at once, plus the tags it is given', async () => {
    const response = await call(`Bearer ${siteRefreshToken('a-test-secret-that-is-long-enough-0123456789')}`, { tags: ['article-slug:le-port', 'tag:port'] })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ refreshed: 5 })
    expect(revalidateTag.mock.calls).toEqual(['redirects', 'articles', 'categories', 'article-slug:le-port', 'tag:port'].map((tag) => [tag, { expire: 0 }]))
  })

  it('refuses tags that are not cache tag names', async () => {
    const response = await call(`Bearer ${siteRefreshToken('a-test-secret-that-is-long-enough-0123456789')}`, { tags: ['x y'] })
    expect(response.status).toBe(400)
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})
