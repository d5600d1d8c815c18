import { listFeedArticles } from '@/db/queries/feeds'
import { isLocale, locales } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { paths } from '@/lib/paths'
import { rssXml } from '@/lib/seo/rss'
import { xmlResponse } from '@/lib/seo/xml'

// Known at build, so each feed is prerendered and then served from the cache (revalidated through the tags of
// listFeedArticles) instead of being rebuilt on every request.
export function generateStaticParams() {
  return locales.map((lang) => ({ lang }))
}

// The site's RSS in one language: /fr/feed.xml, /en/feed.xml, /ar/feed.xml.
export async function GET(_request: Request, { params }: RouteContext<'/[lang]/feed.xml'>) {
  const { lang } = await params
  if (!isLocale(lang)) return new Response('Not found', { status: 404 })
  const t = getDictionary(lang)
  const items = await listFeedArticles(lang, null)
  const home = paths.home(lang)
  return xmlResponse(rssXml({ locale: lang, title: t.common.siteName, description: t.common.tagline, link: home, selfPath: `${home}/feed.xml`, items }), 'application/rss+xml; charset=utf-8')
}
