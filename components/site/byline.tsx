import type { Locale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { RelativeTime } from './relative-time'

/** "By <author> · 2 hours ago" under a headline in a list (cards, the rail, search results). */
export function Byline({ authorName, publishedAt, locale, className }: { authorName: string; publishedAt: Date | null; locale: Locale; className: string }) {
  const t = getDictionary(locale)
  return (
    <p className={className}>
      {interpolate(t.article.byAuthor, { name: authorName })}
      {publishedAt ? (
        <>
          {' · '}
          <RelativeTime date={publishedAt.toISOString()} locale={locale} />
        </>
      ) : null}
    </p>
  )
}
