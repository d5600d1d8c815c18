import Link from 'next/link'
import type { ArticleCard as Card } from '@/db/queries/articles'
import { cardExcerpt } from '@/lib/excerpt'
import type { Locale } from '@/lib/i18n/config'
import { localized } from '@/lib/i18n/localized'
import { mediaUrl } from '@/lib/media-url'
import { paths } from '@/lib/paths'
import { Byline } from './byline'

type CardWithImage = Card & { imageKey?: string | null; imageAlt?: string | null }

export function ArticleCard({ article, locale, lead = false, showSection = true }: { article: CardWithImage; locale: Locale; lead?: boolean; showSection?: boolean }) {
  const Heading = lead ? 'h2' : 'h3'
  const otherLanguage = article.language === locale ? undefined : article.language
  const excerpt = lead && article.excerpt ? article.excerpt : cardExcerpt(article, lead ? 300 : 180)
  return (
    <article className={lead ? 'border-b border-line pb-6' : 'flex gap-4 border-b border-line py-4'}>
      {article.imageKey ? (
        <div className={lead ? 'mb-4 aspect-[16/9] overflow-hidden bg-line' : 'order-last aspect-[4/3] w-28 shrink-0 overflow-hidden bg-line'}>
          {/* eslint-disable-next-line @next/next/no-img-element -- media files are resized on upload; no image optimizer at request time */}
          <img src={mediaUrl(article.imageKey)} alt={article.imageAlt ?? ''} loading={lead ? undefined : 'lazy'} className="h-full w-full object-cover" />
        </div>
      ) : null}
      <div className="min-w-0">
        {showSection ? (
          <Link href={paths.category(locale, article.categorySlug)} className="text-xs font-bold uppercase tracking-wider text-accent">
            {localized(article.categoryName, locale)}
          </Link>
        ) : null}
        <Heading className={`mt-1 font-serif font-bold leading-tight ${lead ? 'text-4xl' : 'text-xl'}`}>
          <Link href={paths.article(article)} className="hover:underline" lang={otherLanguage}>
            {article.title}
          </Link>
        </Heading>
        {excerpt ? (
          <p className={`mt-2 text-muted ${lead ? 'text-lg' : ''}`} lang={otherLanguage}>
            {excerpt}
          </p>
        ) : null}
        <Byline authorName={article.authorName} publishedAt={article.publishedAt} locale={locale} className="mt-2 text-sm text-muted" />
      </div>
    </article>
  )
}
