import type { LocalizedText } from '@/db/schema'
import type { Locale } from './config'

/** A name stored per language, falling back to French (always present) when a translation is missing. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.fr
}
