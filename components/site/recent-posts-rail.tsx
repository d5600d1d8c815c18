import Link from 'next/link'
import { listRecentPublished } from '@/db/queries/articles'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { cutExcerpt } from '@/lib/excerpt'
import { paths } from '@/lib/paths'
import { RelativeTime } from './relative-time'

export const RAIL_SIZE = 5
const EXCERPT_LENGTH = 110

/**
 * The N latest published articles in the page's language, other than the one being read. The list is the cached
 * home-page query (one extra row so the current article can be left out); relative times are the client island.
 */
export async function RecentPostsRail({ locale, excludeId, size = RAIL_SIZE }: { locale: Locale; excludeId?: string; size?: number }) {
  const t = getDictionary(locale)
  const recent = (await listRecentPublished(size + 1, locale)).filter((article) => article.id !== excludeId).slice(0, size)
  if (!recent.length) return null
  return (
    <section aria-labelledby="recent-posts-heading">
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
            {article.excerpt ? <p className="mt-1 text-sm text-muted">{cutExcerpt(article.excerpt, EXCERPT_LENGTH)}</p> : null}
            <p className="mt-1 text-xs text-muted">
              {interpolate(t.article.byAuthor, { name: article.authorName })}
              {article.publishedAt ? (
                <>
                  {' · '}
                  <RelativeTime date={article.publishedAt.toISOString()} locale={locale} />
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
