import { listFeedArticles } from '@/db/queries/feeds'
import { listCategories } from '@/db/queries/categories'
import { getCategoryBySlug } from '@/db/queries/taxonomy'
import { isLocale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import { paths } from '@/lib/paths'
import { rssXml } from '@/lib/seo/rss'
import { xmlResponse } from '@/lib/seo/xml'

// Prerendered at build for the sections that exist then (like the section pages), then served from the cache.
export async function generateStaticParams() {
  const categories = await listCategories()
  return categories.length ? categories.map((category) => ({ category: category.slug })) : [{ category: '_' }]
}

// One section's RSS: /fr/economie/feed.xml.
export async function GET(_request: Request, { params }: RouteContext<'/[lang]/[category]/feed.xml'>) {
  const { lang, category: slug } = await params
  if (!isLocale(lang)) return new Response('Not found', { status: 404 })
  const category = await getCategoryBySlug(slug)
  if (!category) return new Response('Not found', { status: 404 })
  const t = getDictionary(lang)
  const name = localized(category.name, lang)
  const items = await listFeedArticles(lang, category.slug)
  const link = paths.category(lang, category.slug)
  return xmlResponse(
    rssXml({
      locale: lang,
      title: `${name} — ${t.common.siteName}`,
      description: category.description?.[lang] || interpolate(t.site.sectionArticles, { name }),
      link,
      selfPath: `${link}/feed.xml`,
      items,
    }),
    'application/rss+xml; charset=utf-8',
  )
}
