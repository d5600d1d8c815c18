import { countPublished, SITEMAP_CHUNK } from '@/db/queries/feeds'
import { absoluteUrl } from '@/lib/seo/urls'
import { sitemapIndexXml, xmlResponse } from '@/lib/seo/xml'

// A sitemap index: listings in one file, articles in chunks of SITEMAP_CHUNK (search engines read 50,000 at most).
export async function GET() {
  const chunks = Math.max(1, Math.ceil((await countPublished()) / SITEMAP_CHUNK))
  const urls = [absoluteUrl('/sitemap-pages.xml'), ...Array.from({ length: chunks }, (_, i) => absoluteUrl(`/sitemap-articles/${i + 1}.xml`))]
  return xmlResponse(sitemapIndexXml(urls))
}
