import { Feed } from 'feed'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import type { LocalizedText } from '@/db/schema'
import { mediaUrl } from '@/lib/media-url'
import { paths } from '@/lib/paths'
import { absoluteUrl } from './urls'

export type FeedArticle = {
  slug: string
  language: Locale
  title: string
  excerpt: string
  publishedAt: Date | null
  contentUpdatedAt: Date | null
  categorySlug: string
  categoryName: LocalizedText
  authorName: string
  imageKey: string | null
}

/** RSS 2.0 of the newest articles: summaries (the excerpt), absolute links, RFC 822 dates, one category each. */
export function rssXml(input: { locale: Locale; title: string; description: string; link: string; selfPath: string; items: FeedArticle[] }): string {
  const t = getDictionary(input.locale)
  const newest = input.items[0]?.publishedAt ?? undefined
  const feed = new Feed({
    id: absoluteUrl(input.link),
    title: input.title,
    description: input.description,
    link: absoluteUrl(input.link),
    language: input.locale,
    updated: newest,
    ttl: 15,
    generator: false,
    feedLinks: { rss: absoluteUrl(input.selfPath) },
    copyright: `© ${t.common.siteName}`,
  })
  for (const item of input.items) {
    const link = absoluteUrl(paths.article(item))
    feed.addItem({
      title: item.title,
      id: link,
      guid: link,
      link,
      date: item.publishedAt ?? new Date(0),
      description: item.excerpt,
      author: [{ name: item.authorName }],
      category: [{ name: localized(item.categoryName, input.locale) }],
      image: item.imageKey ? absoluteUrl(mediaUrl(item.imageKey)) : undefined,
    })
  }
  return feed.rss2()
}
