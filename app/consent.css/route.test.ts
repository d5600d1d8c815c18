import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { CONSENT_COOKIE } from '@/lib/consent'
import { GET } from './route'

const get = (headers: Record<string, string> = {}) => GET(new NextRequest('http://127.0.0.1/consent.css', { headers }))

describe('GET /consent.css', () => {
  it('hides the notice for a reader who has chosen, whatever the choice', async () => {
    for (const choice of ['accepted', 'declined']) {
      const response = get({ cookie: `${CONSENT_COOKIE}=${choice}` })
      expect(await response.text()).toContain('[data-cookie-notice]{display:none}')
    }
  })

  it('hides nothing without a valid choice', async () => {
    expect(await get().text()).not.toContain('display:none')
    expect(await get({ cookie: `${CONSENT_COOKIE}=maybe` }).text()).not.toContain('display:none')
  })

  it('is private to the reader, revalidated each time, and a 304 when unchanged', async () => {
    const first = get({ cookie: `${CONSENT_COOKIE}=accepted` })
    expect(first.headers.get('cache-control')).toBe('private, no-cache')
    expect(first.headers.get('vary')).toBe('Cookie')
    const again = get({ cookie: `${CONSENT_COOKIE}=accepted`, 'if-none-match': first.headers.get('etag')! })
    expect(again.status).toBe(304)
    expect(get({ 'if-none-match': first.headers.get('etag')! }).status).toBe(200) // the choice was cleared
  })
})
