// The reader's cookie choice: one first-party cookie, set by POST /api/consent (works without JavaScript).
export const CONSENT_COOKIE = 'kiosque-consent'
export const CONSENT_MAX_AGE = 180 * 24 * 3600 // ask again after six months
export const CONSENT_CHOICES = ['accepted', 'declined'] as const
export type ConsentChoice = (typeof CONSENT_CHOICES)[number]
/** Fragment the no-JavaScript redirect lands on; CSS hides the notice on that page view (see cookie-notice.tsx). */
export const CONSENT_SAVED_ANCHOR = 'cookie-choice-saved'

/**
 * Where to send the reader back after a no-JavaScript form post: the page they were on when it is on this site
 * (from the Referer), else the home page of their language. Never another origin: no open redirect.
 */
export function consentReturnPath(referer: string | null, origin: string, fallback: string): string {
  if (!referer) return fallback
  try {
    const url = new URL(referer)
    if (url.origin !== origin) return fallback
    return `${url.pathname}${url.search}`
  } catch {
    return fallback
  }
}

export function hasConsentCookie(cookieHeader: string): boolean {
  return cookieHeader.split(';').some((part) => part.trim().startsWith(`${CONSENT_COOKIE}=`))
}

/** Runs in <head> before the first paint of a cached page: marks <html data-consent> so CSS hides the notice. */
export const consentBootScript = `document.cookie.split(';').some(function(c){return c.trim().indexOf('${CONSENT_COOKIE}=')===0})&&document.documentElement.setAttribute('data-consent','')`
