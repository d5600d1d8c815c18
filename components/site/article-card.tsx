import Link from 'next/link'
import type { ArticleCard as Card } from '@/db/queries/articles'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import { paths } from '@/lib/paths'
import { RelativeTime } from './relative-time'

export function ArticleCard({ article, locale, lead = false }: { article: Card; locale: Locale; lead?: boolean }) {
  const t = getDictionary(locale)
  const Heading = lead ? 'h2' : 'h3'
  return (
    <article className={lead ? 'border-b border-line pb-6' : 'border-b border-line py-4'}>
      <Link href={paths.category(locale, article.categorySlug)} className="text-xs font-bold uppercase tracking-wider text-accent">
        {localized(article.categoryName, locale)}
      </Link>
      <Heading className={`mt-1 font-serif font-bold leading-tight ${lead ? 'text-4xl' : 'text-xl'}`}>
        <Link href={paths.article(article)} className="hover:underline" lang={article.language === locale ? undefined : article.language}>
          {article.title}
        </Link>
      </Heading>
      {article.excerpt ? <p className={`mt-2 text-muted ${lead ? 'text-lg' : ''}`}>{article.excerpt}</p> : null}
      <p className="mt-2 text-sm text-muted">
        {interpolate(t.article.byAuthor, { name: article.authorName })}
        {article.publishedAt ? (
          <>
            {' · '}
            <RelativeTime date={article.publishedAt.toISOString()} locale={locale} />
          </>
        ) : null}
      </p>
    </article>
  )
}
