import { describe, expect, it } from 'vitest'
import { negotiateLocale, readerLocale } from './negotiate'

const host = 'kiosque.example'
const origin = `https://${host}`

describe('the language of a page outside the site’s languages', () => {
  it('is the browser’s among ours, French when none matches', () => {
    expect(negotiateLocale('en-GB,en;q=0.9')).toBe('en')
    expect(negotiateLocale('de-DE,ar;q=0.5')).toBe('ar')
    expect(negotiateLocale('de-DE')).toBe('fr')
    expect(negotiateLocale(null)).toBe('fr')
  })

  it.each([
    ['a page of the English site', `${origin}/en/economie/un-article`, 'fr', 'en'],
    ['the Arabic home page', `${origin}/ar`, 'en-GB', 'ar'],
    ['another site', 'https://elsewhere.example/en/x', 'ar', 'ar'],
    ['another port of the same machine', 'https://kiosque.example:8443/en/x', 'ar', 'ar'],
    ['a page with no language (the newsroom)', `${origin}/dashboard`, 'en', 'en'],
    ['a language we lack', `${origin}/de/x`, 'de-DE', 'fr'],
    ['nowhere (an address typed)', null, 'en', 'en'],
    ['a broken Referer', 'not a url', 'ar', 'ar'],
  ] as const)('coming from %s: %s, browser %s → %s', (_from, referer, acceptLanguage, expected) => {
    expect(readerLocale(referer, host, acceptLanguage)).toBe(expected)
  })
})
