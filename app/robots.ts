import type { MetadataRoute } from 'next'
import { locales } from '@/lib/i18n/config'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/seo/urls'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/dashboard', '/api/', '/sign-in', '/invite', ...locales.map(paths.search)] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/sitemap-news.xml')],
  }
}
