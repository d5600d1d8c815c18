import { describe, expect, it } from 'vitest'
import { COMMENTER_COOKIE, OWN_COMMENTS_COOKIE } from './cookies'
import { applyCookieChange } from './remember'

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
