// Structured data for search engines. Pure functions of plain values, tested in json-ld.test.ts.

/** JSON for a <script type="application/ld+json">: "<" is escaped so a title cannot close the script element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

export type NewsArticleInput = {
  url: string
  headline: string
  description: string
  language: string
  publishedAt: Date | null
  modifiedAt: Date | null
  authorName: string
  authorUrl: string
  section: string
  imageUrl: string | null
  publisherName: string
  /** Absolute URL of a square logo (public/logo.png), with its size in pixels. */
  publisherLogo: { url: string; width: number; height: number }
  siteUrl: string
  keywords: string[]
}

export function newsArticleJsonLd(a: NewsArticleInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline.slice(0, 110),
    description: a.description || undefined,
    inLanguage: a.language,
    datePublished: a.publishedAt?.toISOString(),
    dateModified: (a.modifiedAt ?? a.publishedAt)?.toISOString(),
    author: [{ '@type': 'Person', name: a.authorName, url: a.authorUrl }],
    articleSection: a.section,
    keywords: a.keywords.length ? a.keywords.join(', ') : undefined,
    image: a.imageUrl ? [a.imageUrl] : undefined,
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: a.publisherName,
      url: a.siteUrl,
      logo: { '@type': 'ImageObject', url: a.publisherLogo.url, width: a.publisherLogo.width, height: a.publisherLogo.height },
    },
  }
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  }
}
