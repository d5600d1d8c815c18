import type { LocalizedText, OptionalLocalizedText } from '@/db/schema'
import { locales, type Locale } from './config'

/** A name stored per language, falling back to French (always present) when a translation is missing. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.fr
}

/**
 * Text that exists in some languages only (an author's bio): the page's language when written, otherwise the
 * original (French first) with its language, so the page can mark it with lang and dir and screen readers and
 * bidi read it as what it is; null when there is no text at all.
 */
export function inPageLanguageOrOriginal(text: OptionalLocalizedText | null | undefined, locale: Locale): { text: string; lang: Locale } | null {
  const lang = [locale, ...locales].find((code) => text?.[code]?.trim())
  return lang ? { text: text![lang]!, lang } : null
}
