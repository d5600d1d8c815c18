import { listSitemapArticles } from '@/db/queries/feeds'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/seo/urls'
import { urlsetXml, xmlResponse } from '@/lib/seo/xml'

// /sitemap-articles/<n>.xml: published articles only, with their last change and their translations.
export async function GET(_request: Request, { params }: RouteContext<'/sitemap-articles/[chunk]'>) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).chunk)
  if (!match) return new Response('Not found', { status: 404 })
  const rows = await listSitemapArticles(Number(match[1]))
  if (!rows.length && match[1] !== '1') return new Response('Not found', { status: 404 })
  const groups = new Map<string, { language: string; url: string }[]>()
  for (const row of rows) {
    if (!row.translationGroupId) continue
    groups.set(row.translationGroupId, [...(groups.get(row.translationGroupId) ?? []), { language: row.language, url: absoluteUrl(paths.article(row)) }])
  }
  const entries = rows.map((row) => {
    const group = row.translationGroupId ? (groups.get(row.translationGroupId) ?? []) : []
    return { url: absoluteUrl(paths.article(row)), lastModified: row.contentUpdatedAt ?? row.publishedAt, alternates: group.length > 1 ? group : undefined }
  })
  return xmlResponse(urlsetXml(entries))
}
