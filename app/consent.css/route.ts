// A stylesheet per reader for pages that are the same for every reader: cached pages cannot know the consent
// cookie, and without JavaScript nothing in the browser reads it. Every public page links this file in <head>;
// the browser sends its cookies with the request, and a reader who has chosen gets the rule that hides the notice.
// Revalidated on every page view (no-cache + ETag: usually a 304 of a few bytes), never shared between readers.
import { type NextRequest } from 'next/server'
import { CONSENT_CHOICES, CONSENT_COOKIE } from '@/lib/consent'

const HIDE = '[data-cookie-notice]{display:none}\n'
const SHOW = '/* no cookie choice yet */\n'

export function GET(request: NextRequest) {
  const choice = request.cookies.get(CONSENT_COOKIE)?.value
  const chosen = (CONSENT_CHOICES as readonly (string | undefined)[]).includes(choice)
  const etag = chosen ? '"consent-chosen"' : '"consent-none"'
  const headers = { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'private, no-cache', vary: 'Cookie', etag }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(chosen ? HIDE : SHOW, { headers })
}
