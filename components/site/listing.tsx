import type { ReactNode } from 'react'
import type { CardPage } from '@/db/queries/listings'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { ArticleCard } from './article-card'
import { PaginationNav } from './pagination-nav'

/** A section, tag or author page: its header, one page of cards, and links to the other pages. */
export function Listing(props: { header: ReactNode; listHeading: string; cards: CardPage; base: string; locale: Locale; showSection?: boolean }) {
  const { header, listHeading, cards, base, locale, showSection = true } = props
  const t = getDictionary(locale)
  return (
    <div className="mx-auto max-w-3xl">
      <header className="border-b-2 border-ink pb-4">{header}</header>
      <h2 className="sr-only">{listHeading}</h2>
      {cards.items.length ? (
        <div>
          {cards.items.map((article) => (
            <ArticleCard key={article.id} article={article} locale={locale} showSection={showSection} />
          ))}
        </div>
      ) : (
        <p className="mt-6 text-muted">{t.site.emptyListing}</p>
      )}
      <PaginationNav base={base} page={cards.page} total={cards.total} pageSize={cards.pageSize} locale={locale} />
    </div>
  )
}
