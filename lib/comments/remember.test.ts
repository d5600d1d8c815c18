import { describe, expect, it } from 'vitest'
import { COMMENTER_COOKIE, OWN_COMMENTS_COOKIE } from './cookies'
import { applyCookieChange, issueReceipt, readReceipt } from './remember'

const secret = 'a-test-secret-of-some-length-0123456789'
const now = new Date('2026-11-26T10:00:00Z')
const own = '0b6f8e9c-1234-4abc-8def-000000000001'
const remember = { name: 'Nadia', email: 'nadia@example.org', url: '' }

function jar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  return {
    values,
    get: (name: string) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name: string, value: string) => values.set(name, value),
    delete: (name: string) => values.delete(name),
  }
}

describe('comment receipts', () => {
  it('carry the cookie change a post makes, read back by the same server within ten minutes', () => {
    const receipt = issueReceipt({ own, remember }, secret, now)
    expect(readReceipt(receipt, secret, new Date(now.getTime() + 60_000))).toEqual({ own, remember })
    expect(readReceipt(receipt, secret, new Date(now.getTime() + 11 * 60_000))).toBeNull()
    expect(readReceipt(receipt, 'another-secret-of-some-length-0123456789', now)).toBeNull()
  })

  it('refuse a receipt whose content was changed (someone else\'s held comment), or that is not one', () => {
    const receipt = issueReceipt({ own, remember: null }, secret, now)
    const [payload, signature] = receipt.split('.')
    const forged = Buffer.from(JSON.stringify({ own: '0b6f8e9c-1234-4abc-8def-000000000002', remember: null, at: now.getTime() })).toString('base64url')
    expect(readReceipt(`${forged}.${signature}`, secret, now)).toBeNull()
    expect(readReceipt(`${payload}.${signature}.x`, secret, now)).toBeNull()
    for (const junk of ['', '.', 'abc', '<script>.x', `${payload}.`]) expect(readReceipt(junk, secret, now)).toBeNull()
  })
})

describe('applyCookieChange', () => {
  it('adds the held comment to the ones this browser may see, and remembers or forgets the commenter', () => {
    const cookies = jar({ [COMMENTER_COOKIE]: JSON.stringify(remember) })
    expect(applyCookieChange(cookies, { own, remember: null })).toBe(own)
    expect(cookies.values.get(OWN_COMMENTS_COOKIE)).toBe(own)
    expect(cookies.values.has(COMMENTER_COOKIE)).toBe(false)
    applyCookieChange(cookies, { own: null, remember })
    expect(JSON.parse(cookies.values.get(COMMENTER_COOKIE)!)).toEqual(remember)
    expect(cookies.values.get(OWN_COMMENTS_COOKIE)).toBe(own)
  })
})
