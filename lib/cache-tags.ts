// Every cache tag is spelled here. Reads tag what they show; mutations revalidate the tags from before AND after.
export const tags = {
  articles: 'articles', // every article list: home, rail, feeds, sitemaps, category, tag and author pages
  article: (id: string) => `article:${id}`,
  slug: (slug: string) => `article-slug:${slug}`,
  category: (slug: string) => `category:${slug}`,
  categories: 'categories', // navigation and category names
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  comments: (articleId: string) => `comments:${articleId}`,
  commentSettings: 'comment-settings', // thread depth and auto-close, read by every comment section
  redirects: 'redirects',
}

export type TaggedArticle = { id: string; slug: string; categorySlug: string; authorSlug: string }

export const articleTags = (a: TaggedArticle) => [
  tags.articles,
  tags.article(a.id),
  tags.slug(a.slug),
  tags.category(a.categorySlug),
  tags.author(a.authorSlug),
]
