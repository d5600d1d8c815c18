import { LANGUAGES, type Language } from '@/db/schema'

// The UI speaks the same languages articles are written in. French is the default and the reference dictionary.
export const locales = LANGUAGES
export type Locale = Language
export const defaultLocale: Locale = 'fr'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr'
}

/** BCP 47 tag for Intl and hreflang: Arabic numerals and dates as readers in the Maghreb expect. */
export function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-MA' : locale === 'en' ? 'en-GB' : 'fr-FR'
}
