import Link from 'next/link'
import { listRecentPublished } from '@/db/queries/articles'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { cardExcerpt } from '@/lib/excerpt'
import { paths } from '@/lib/paths'
import { Byline } from './byline'

export const RAIL_SIZE = 5
const EXCERPT_LENGTH = 110

type Props = { locale: Locale; excludeId?: string; size?: number; className?: string }

/**
 * The N latest published articles in the page's language, other than the one being read. The list is the cached
 * home-page query (one extra row so the current article can be left out); relative times are the client island.
 * The rail is its own landmark, named by its heading; with nothing to list, neither is rendered.
 */
export async function RecentPostsRail({ locale, excludeId, size = RAIL_SIZE, className }: Props) {
  const t = getDictionary(locale)
  const recent = (await listRecentPublished(size + 1, locale))
    .filter((article) => article.id !== excludeId)
    .slice(0, size)
    .map((article) => ({ ...article, excerpt: cardExcerpt(article, EXCERPT_LENGTH) })) // the body's opening when none is stored
  if (!recent.length) return null
  return (
    <aside aria-labelledby="recent-posts-heading" className={className}>
      <h2 id="recent-posts-heading" className="border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-wider">
        {t.site.recentPosts}
      </h2>
      <ol>
        {recent.map((article) => (
          <li key={article.id} className="border-b border-line py-3">
            <h3 className="font-serif text-lg font-bold leading-snug">
              <Link href={paths.article(article)} className="hover:underline">
                {article.title}
              </Link>
            </h3>
            {article.excerpt ? <p className="mt-1 text-sm text-muted">{article.excerpt}</p> : null}
            <Byline authorName={article.authorName} publishedAt={article.publishedAt} locale={locale} className="mt-1 text-xs text-muted" />
          </li>
        ))}
      </ol>
    </aside>
  )
}
