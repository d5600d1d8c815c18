import { describe, expect, it } from 'vitest'
import { everyLanguage, languageAlternates, ogAlternateLocales, ogLocale } from './alternates'

describe('Open Graph locales', () => {
  it('use a territory and an underscore', () => {
    expect(ogLocale('fr')).toBe('fr_FR')
    expect(ogLocale('en')).toBe('en_GB')
    expect(ogLocale('ar')).toBe('ar_MA')
  })

  it('list the other languages as alternates', () => {
    expect(ogAlternateLocales('en')).toEqual(['fr_FR', 'ar_MA'])
    expect(ogAlternateLocales('fr', ['fr', 'ar'])).toEqual(['ar_MA'])
  })
})

describe('hreflang alternates', () => {
  it('add x-default, the French version when there is one', () => {
    expect(languageAlternates({ en: '/en/a', fr: '/fr/b' })).toEqual({ en: '/en/a', fr: '/fr/b', 'x-default': '/fr/b' })
  })

  it('fall back to the only version there is', () => {
    expect(languageAlternates({ ar: '/ar/c' })).toEqual({ ar: '/ar/c', 'x-default': '/ar/c' })
  })

  it('take an explicit x-default (the language-negotiating home page)', () => {
    expect(everyLanguage((code) => `/${code}`, '/')).toEqual({ fr: '/fr', en: '/en', ar: '/ar', 'x-default': '/' })
  })
})
