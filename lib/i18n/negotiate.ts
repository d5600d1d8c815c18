import Negotiator from 'negotiator'
import { defaultLocale, isLocale, locales, type Locale } from './config'

/** The reader's preferred UI language from Accept-Language, among ours; French when nothing matches. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages([...locales])
  return (preferred[0] as Locale | undefined) ?? defaultLocale
}

/**
 * The language of a page that belongs to no language ("/xx/foo", "/de"): that of the site page the reader came from
 * when it is one of ours (a link followed, or the client router's navigation, on the English site is read in
 * English whatever the browser prefers), else the browser's. Our pages are told apart by the Host the request was
 * sent to (the server's own idea of its origin may differ: localhost for 127.0.0.1).
 */
export function readerLocale(referer: string | null, host: string | null, acceptLanguage: string | null): Locale {
  const from = referer && URL.canParse(referer) ? new URL(referer) : null
  const lang = from && from.host === host ? from.pathname.split('/')[1] : undefined
  return isLocale(lang) ? lang : negotiateLocale(acceptLanguage)
}
