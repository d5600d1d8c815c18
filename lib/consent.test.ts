import { describe, expect, it } from 'vitest'
import { CONSENT_COOKIE, consentReturnPath, hasConsentCookie } from './consent'

describe('consentReturnPath', () => {
  const origin = 'https://news.test'
  it.each([
    ['https://news.test/fr/sport/match?x=1#top', '/fr/sport/match?x=1'],
    ['https://evil.test/phish', '/fr'],
    ['not a url', '/fr'],
    [null, '/fr'],
  ])('%s → %s', (referer, expected) => {
    expect(consentReturnPath(referer, origin, '/fr')).toBe(expected)
  })
})

describe('hasConsentCookie', () => {
  it('finds the cookie among others, and only that one', () => {
    expect(hasConsentCookie(`a=1; ${CONSENT_COOKIE}=accepted`)).toBe(true)
    expect(hasConsentCookie(`x${CONSENT_COOKIE}=1; b=2`)).toBe(false)
    expect(hasConsentCookie('')).toBe(false)
  })
})
