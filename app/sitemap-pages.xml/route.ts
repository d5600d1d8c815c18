import { listCategories } from '@/db/queries/categories'
import { listPublicAuthors, listPublicTags } from '@/db/queries/taxonomy'
import { locales, type Locale } from '@/lib/i18n/config'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/seo/urls'
import { type SitemapEntry, urlsetXml, xmlResponse } from '@/lib/seo/xml'

// Home, section, tag and author pages in every language, each with its hreflang alternates.
export async function GET() {
  const [categories, tags, authors] = await Promise.all([listCategories(), listPublicTags(), listPublicAuthors()])
  const inEveryLanguage = (path: (locale: Locale) => string): SitemapEntry[] => {
    const alternates = locales.map((language) => ({ language, url: absoluteUrl(path(language)) }))
    return locales.map((locale) => ({ url: absoluteUrl(path(locale)), alternates }))
  }
  const entries = [
    ...inEveryLanguage(paths.home),
    ...categories.flatMap((c) => inEveryLanguage((locale) => paths.category(locale, c.slug))),
    ...tags.flatMap((t) => inEveryLanguage((locale) => paths.tag(locale, t.slug))),
    ...authors.flatMap((a) => inEveryLanguage((locale) => paths.author(locale, a.slug))),
  ]
  return xmlResponse(urlsetXml(entries))
}
