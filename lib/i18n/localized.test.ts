import { describe, expect, it } from 'vitest'
import { inPageLanguageOrOriginal, localized } from './localized'

describe('localized', () => {
  it('uses the page language, and French when that translation is missing or empty', () => {
    expect(localized({ fr: 'Emploi', en: 'Jobs', ar: 'التوظيف' }, 'ar')).toBe('التوظيف')
    expect(localized({ fr: 'Emploi', en: '' }, 'en')).toBe('Emploi')
    expect(localized({ fr: 'Emploi' }, 'ar')).toBe('Emploi')
  })
})

describe('inPageLanguageOrOriginal', () => {
  it.each([
    [{ fr: 'Journaliste culture', ar: 'صحفية ثقافة' }, 'ar', { text: 'صحفية ثقافة', lang: 'ar' }],
    [{ fr: 'Journaliste culture', ar: 'صحفية ثقافة' }, 'en', { text: 'Journaliste culture', lang: 'fr' }],
    [{ en: 'Reporter', ar: '  ' }, 'ar', { text: 'Reporter', lang: 'en' }],
    [{ ar: 'صحفية' }, 'fr', { text: 'صحفية', lang: 'ar' }],
    [{}, 'fr', null],
    [null, 'en', null],
  ] as const)('%o on a %s page: %o', (text, locale, expected) => {
    expect(inPageLanguageOrOriginal(text, locale)).toEqual(expected)
  })
})
