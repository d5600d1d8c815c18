import type { ReactNode } from 'react'
import type { Locale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'

/**
 * Where readers' comments live on an article page (#comments, so "N comments" links can jump here). The thread
 * and the form come from components/site/comments/ and are passed in as children.
 */
export function CommentsSlot({ locale, children }: { locale: Locale; children?: ReactNode }) {
  const t = getDictionary(locale)
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-12 border-t-2 border-ink pt-4">
      <h2 id="comments-heading" className="text-xl font-bold">
        {t.article.comments}
      </h2>
      {children}
    </section>
  )
}
