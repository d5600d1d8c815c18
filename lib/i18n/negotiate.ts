import Negotiator from 'negotiator'
import { defaultLocale, locales, type Locale } from './config'

/** The reader's preferred UI language from Accept-Language, among ours; French when nothing matches. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages([...locales])
  return (preferred[0] as Locale | undefined) ?? defaultLocale
}
