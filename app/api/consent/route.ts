import { type NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'
import { env } from '@/lib/env'
import { CONSENT_COOKIE, CONSENT_MAX_AGE, CONSENT_SAVED_ANCHOR, consentReturnPath } from '@/lib/consent'
import { isLocale } from '@/lib/i18n/config'

const form = z.object({ choice: z.enum(['accepted', 'declined']), lang: z.string().optional() })

// The cookie notice's form posts here. With JavaScript the island sends `accept: application/json` and gets a
// 204; without it the reader is sent back (303) to the page they were on.
export async function POST(request: NextRequest) {
  const parsed = form.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())))
  if (!parsed.success) return NextResponse.json({ error: 'choice must be "accepted" or "declined"' }, { status: 400 })
  const wantsJson = request.headers.get('accept')?.includes('application/json')
  const fallback = `/${isLocale(parsed.data.lang) ? parsed.data.lang : 'fr'}`
  const referer = request.headers.get('referer')
  const site = new URL(env.SITE_URL).origin
  // The reader's page is on SITE_URL, or on whatever address they reached this server by (its Host header: Next's
  // own request URL names the address it listens on, not the one the reader typed).
  const host = request.headers.get('host')
  const reached = host ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin
  const back = consentReturnPath(referer, referer?.startsWith(site) ? site : reached, fallback)
  // A relative Location: behind a proxy or on 127.0.0.1, the server's own idea of its origin may differ from the reader's.
  const response = new NextResponse(null, wantsJson ? { status: 204 } : { status: 303, headers: { location: `${back}#${CONSENT_SAVED_ANCHOR}` } })
  response.cookies.set(CONSENT_COOKIE, parsed.data.choice, {
    path: '/',
    maxAge: CONSENT_MAX_AGE,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:',
    httpOnly: false, // the page's script reads it to keep the notice hidden on cached pages
  })
  return response
}
