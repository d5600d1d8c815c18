import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/seo/urls'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/dashboard', '/api/', '/sign-in', '/invite', '/fr/recherche', '/en/recherche', '/ar/recherche'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/sitemap-news.xml')],
  }
}
