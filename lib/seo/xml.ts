// Sitemaps and the Google News sitemap, written by hand: a few elements, every value escaped.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(value: string): string {
  // Characters XML 1.0 forbids (control codes) are dropped rather than breaking the whole file.
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

export type SitemapEntry = { url: string; lastModified?: Date | null; alternates?: { language: string; url: string }[] }

export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ''
    const links = (entry.alternates ?? [])
      .map((alt) => `<xhtml:link rel="alternate" hreflang="${escapeXml(alt.language)}" href="${escapeXml(alt.url)}"/>`)
      .join('')
    return `<url><loc>${escapeXml(entry.url)}</loc>${lastmod}${links}</url>`
  })
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}

export function sitemapIndexXml(urls: string[]): string {
  const items = urls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`)
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`
}

export type NewsEntry = { url: string; title: string; language: string; publishedAt: Date }

export function newsSitemapXml(publication: string, entries: NewsEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.url)}</loc><news:news><news:publication><news:name>${escapeXml(publication)}</news:name>` +
      `<news:language>${escapeXml(entry.language)}</news:language></news:publication>` +
      `<news:publication_date>${entry.publishedAt.toISOString()}</news:publication_date><news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  )
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export function xmlResponse(body: string, contentType = 'application/xml; charset=utf-8'): Response {
  return new Response(body, { headers: { 'content-type': contentType, 'cache-control': 'public, max-age=300' } })
}
