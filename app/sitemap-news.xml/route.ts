import { connection } from 'next/server'
import { listPublishedSince } from '@/db/queries/feeds'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/seo/urls'
import { newsSitemapXml, xmlResponse } from '@/lib/seo/xml'

const WINDOW = 48 * 3_600_000
const STEP = 10 * 60_000 // the window moves in 10-minute steps so the cached query is shared

// Google News sitemap: articles published in the last 48 hours.
export async function GET() {
  await connection() // the window depends on the clock: computed per request, read from the cache
  const since = new Date(Math.floor((Date.now() - WINDOW) / STEP) * STEP)
  const rows = await listPublishedSince(since)
  const entries = rows.flatMap((row) => (row.publishedAt ? [{ url: absoluteUrl(paths.article(row)), title: row.title, language: row.language, publishedAt: row.publishedAt }] : []))
  return xmlResponse(newsSitemapXml(getDictionary('fr').common.siteName, entries))
}
