import 'server-only'
import { getPublishedArticleBySlug } from '@/db/queries/articles'
import { listPublishedByAuthor, listPublishedInCategory, listPublishedWithTag } from '@/db/queries/listings'
import { findRedirect } from '@/db/queries/redirects'
import { searchPublished } from '@/db/queries/search'
import { getCategoryBySlug, getPublicAuthorBySlug, getTagBySlug } from '@/db/queries/taxonomy'
import { paths } from './paths'
import { isImpossibleAddress, parsePublicPath } from './public-routes'
import { parseSearchPage, parseSearchQuery } from './search-query'

export type PublicStatus = { status: 200 } | { status: 404 } | { status: number; location: string }

/** Whether a public URL shows a page, is a known old URL, or is missing. Every read is cached and tagged. */
export async function publicStatus(pathname: string, search = ''): Promise<PublicStatus> {
  if (isImpossibleAddress(pathname + search)) return { status: 404 } // nothing to look up, not even a redirect
  const route = parsePublicPath(pathname)
  const exists = await pageExists(route, new URLSearchParams(search))
  if (typeof exists === 'string') return { status: 308, location: exists } // canonical URL of an article
  if (exists) return { status: 200 }
  const redirect = await findRedirect(pathname + search)
  return redirect ? { status: redirect.status, location: redirect.to } : { status: 404 }
}

async function pageExists(route: ReturnType<typeof parsePublicPath>, query: URLSearchParams): Promise<boolean | string> {
  if (!route || route.kind === 'unknown') return false
  switch (route.kind) {
    case 'home':
    case 'feed':
      return true
    case 'search': {
      // Page 1 always exists (results, "nothing found" or the prompt); a later page only when it has results.
      const page = parseSearchPage(query.get('page'))
      if (page === null) return false
      if (page === 1) return true
      const input = parseSearchQuery(query.get('q') ?? undefined)
      return input.kind === 'ok' && (await searchPublished(route.lang, input.query, page)).items.length > 0
    }
    case 'article': {
      const article = await getPublishedArticleBySlug(route.slug)
      if (!article) return false
      const canonical = paths.article(article)
      return article.language === route.lang && article.categorySlug === route.category ? true : canonical
    }
    case 'category': {
      const category = await getCategoryBySlug(route.slug)
      if (!category) return false
      return route.page === 1 || (await listPublishedInCategory(category.id, category.slug, route.lang, route.page)).items.length > 0
    }
    case 'tag': {
      const tag = await getTagBySlug(route.slug)
      if (!tag) return false
      return route.page === 1 || (await listPublishedWithTag(tag.id, tag.slug, route.lang, route.page)).items.length > 0
    }
    case 'author': {
      const author = await getPublicAuthorBySlug(route.slug)
      if (!author) return false
      return route.page === 1 || (await listPublishedByAuthor(author.id, author.slug, route.lang, route.page)).items.length > 0
    }
  }
}
