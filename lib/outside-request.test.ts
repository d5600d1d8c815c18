import { AsyncLocalStorage } from 'node:async_hooks'
import { describe, expect, it } from 'vitest'
import { captureStartContext, outsideRequest } from './outside-request'

describe('outsideRequest', () => {
  it('runs code (and the timers it starts) without the request context it is called from', async () => {
    const request = new AsyncLocalStorage<{ url: string }>()
    captureStartContext() // as instrumentation.ts does, before any request
    const seen = await request.run({ url: '/fr/article' }, async () => {
      const inside = request.getStore()
      const outside = outsideRequest(() => request.getStore())
      const inTimer = await outsideRequest(() => new Promise((resolve) => setTimeout(() => resolve(request.getStore()), 1)))
      return { inside, outside, inTimer }
    })
    expect(seen).toEqual({ inside: { url: '/fr/article' }, outside: undefined, inTimer: undefined })
  })
})
