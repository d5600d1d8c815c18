import type { Language } from '@/db/schema'

// The UI speaks the same languages articles are written in. French is the default and the reference dictionary.
// Spelled here rather than imported from db/schema: client components (relative times) import this module, and a
// value import would ship the Drizzle schema to the browser. The two lines below keep both lists equal.
export const locales = ['fr', 'en', 'ar'] as const
export type Locale = (typeof locales)[number]
const _everyLanguageIsALocale: readonly Locale[] = [] as Language[]
const _everyLocaleIsALanguage: readonly Language[] = [] as Locale[]
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
