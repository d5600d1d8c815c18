// Language alternates and Open Graph locales, the same on every public page. Pure functions, tested beside.
import { defaultLocale, intlLocale, locales, type Locale } from '@/lib/i18n/config'

/** Open Graph wants a territory with an underscore: fr_FR, en_GB, ar_MA (the same tags Intl formats with). */
export function ogLocale(locale: Locale): string {
  return intlLocale(locale).replace('-', '_')
}

/** og:locale:alternate: every other language the page exists in. */
export function ogAlternateLocales(current: Locale, available: readonly Locale[] = locales): string[] {
  return available.filter((code) => code !== current).map(ogLocale)
}

/**
 * hreflang alternates: one per language the page exists in, plus x-default for readers whose language is none of
 * them, which is the default language's version when there is one. `xDefault` overrides it (the bare home page
 * "/", which picks a language from Accept-Language, is the x-default of the front pages).
 */
export function languageAlternates(byLocale: Partial<Record<Locale, string>>, xDefault?: string): Record<string, string> {
  const fallback = xDefault ?? byLocale[defaultLocale] ?? Object.values(byLocale)[0]
  return fallback ? { ...byLocale, 'x-default': fallback } : { ...byLocale }
}

/** The alternates of a page that exists in every language, built from its path in each. */
export function everyLanguage(path: (locale: Locale) => string, xDefault?: string): Record<string, string> {
  return languageAlternates(Object.fromEntries(locales.map((code) => [code, path(code)])), xDefault)
}

/** Where the publisher's logo is served (public/), for NewsArticle JSON-LD; a square PNG, as search engines ask. */
export const PUBLISHER_LOGO = { path: '/logo.png', width: 512, height: 512 } as const
