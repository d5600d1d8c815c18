// A command-line tool (the WordPress import) that changed the database behind a running site asks it to drop the
// cached pages and look-ups that changed: POST /api/site-refresh with a token derived from the site's secret.
// No 'server-only' here: the CLI computes the same token from the same secret.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

export const SITE_REFRESH_PATH = '/api/site-refresh'

/** Always refreshed: old addresses, every article list, and section names and navigation. */
export const SITE_REFRESH_BASE_TAGS = ['redirects', 'articles', 'categories'] as const

/** At most this many tags per request; the CLI sends more in several. */
export const SITE_REFRESH_MAX_TAGS = 5000

export function siteRefreshToken(secret: string): string {
  return createHmac('sha256', secret).update('site-refresh').digest('hex')
}

export function isSiteRefreshToken(secret: string, header: string | null): boolean {
  const expected = Buffer.from(`Bearer ${siteRefreshToken(secret)}`)
  const given = Buffer.from(header ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

// Tags as lib/cache-tags.ts spells them ("articles", "article-slug:…", "tag:…"): a name, then an optional key.
export const siteRefreshBody = z.object({
  tags: z.array(z.string().regex(/^[a-z][a-z-]*(:[^\s]{1,300})?$/)).max(SITE_REFRESH_MAX_TAGS).default([]),
})
