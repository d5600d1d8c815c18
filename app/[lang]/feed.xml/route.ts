import { listFeedArticles } from '@/db/queries/feeds'
import { isLocale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { paths } from '@/lib/paths'
import { rssXml } from '@/lib/seo/rss'
import { xmlResponse } from '@/lib/seo/xml'

// The site's RSS in one language: /fr/feed.xml, /en/feed.xml, /ar/feed.xml.
export async function GET(_request: Request, { params }: RouteContext<'/[lang]/feed.xml'>) {
  const { lang } = await params
  if (!isLocale(lang)) return new Response('Not found', { status: 404 })
  const t = getDictionary(lang)
  const items = await listFeedArticles(lang, null)
  const home = paths.home(lang)
  return xmlResponse(rssXml({ locale: lang, title: t.common.siteName, description: t.common.tagline, link: home, selfPath: `${home}/feed.xml`, items }), 'application/rss+xml; charset=utf-8')
}
