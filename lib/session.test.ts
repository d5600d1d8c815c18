import { beforeEach, describe, expect, it, vi } from 'vitest'

const mocks = vi.hoisted(() => ({ cookieNames: [] as string[], auth: vi.fn(async () => null) }))
vi.mock('next/headers', () => ({ cookies: async () => ({ getAll: () => mocks.cookieNames.map((name) => ({ name, value: 'x' })) }) }))
vi.mock('next/server', () => ({ connection: async () => undefined }))
vi.mock('@/auth', () => ({ auth: mocks.auth }))
vi.mock('@/db/queries/users', () => ({ findActiveViewer: async () => null }))

const { getViewer } = await import('./session')

describe('getViewer', () => {
  beforeEach(() => mocks.auth.mockClear())

  it('does not ask Auth.js when the request carries no session cookie', async () => {
    mocks.cookieNames = ['kiosque-cookie-choice', 'authjs.csrf-token', 'authjs.callback-url']
    expect(await getViewer()).toBeNull()
    expect(mocks.auth).not.toHaveBeenCalled()
  })

  it.each(['authjs.session-token', '__Secure-authjs.session-token', 'authjs.session-token.0'])('asks Auth.js when %s is sent', async (name) => {
    mocks.cookieNames = [name]
    await getViewer()
    expect(mocks.auth).toHaveBeenCalledOnce()
  })
})
