import Link from 'next/link'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { paths } from '@/lib/paths'

type Neighbour = { slug: string; title: string; language: Locale; categorySlug: string } | null

/** "Previous / next article" in the same section and language. */
export function ArticleNeighbours({ previous, next, locale }: { previous: Neighbour; next: Neighbour; locale: Locale }) {
  if (!previous && !next) return null
  const t = getDictionary(locale)
  return (
    <nav aria-label={t.site.inSameSection} className="mt-10 grid gap-4 border-t border-line pt-4 sm:grid-cols-2">
      {previous ? (
        <Link href={paths.article(previous)} rel="prev" className="group block">
          <span className="text-xs font-bold uppercase tracking-wider text-muted">{t.site.previousArticle}</span>
          <span className="mt-1 block font-serif font-bold group-hover:underline">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={paths.article(next)} rel="next" className="group block sm:text-end">
          <span className="text-xs font-bold uppercase tracking-wider text-muted">{t.site.nextArticle}</span>
          <span className="mt-1 block font-serif font-bold group-hover:underline">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  )
}
