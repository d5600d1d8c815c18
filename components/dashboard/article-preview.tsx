import { RichText } from '@/components/site/rich-text'
import type { ArticleForEdit } from '@/db/queries/articles-dashboard'
import { storedHtml } from '@/lib/html'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'

/** The article as readers will see it (same typography and one rich-text renderer), before it is public. */
export function ArticlePreview({ article, authorName, banner }: { article: ArticleForEdit; authorName: string; banner: string }) {
  const t = getDictionary(article.language)
  return (
    <div className="flex flex-col gap-6">
      <p role="note" className="rounded border border-amber-500 bg-amber-50 p-3 text-sm font-semibold">
        {banner}
      </p>
      <article lang={article.language} dir={article.language === 'ar' ? 'rtl' : 'ltr'} className="mx-auto max-w-3xl bg-white p-6">
        <h1 className="font-serif text-4xl font-bold leading-tight">{article.title}</h1>
        {article.excerpt ? <p className="mt-4 text-xl text-gray-700">{article.excerpt}</p> : null}
        <p className="mt-4 border-y py-3 text-sm text-gray-700">
          {t.article.by} {authorName}
          {article.sourceCredit ? ` · ${interpolate(t.article.source, { source: article.sourceCredit })}` : ''}
        </p>
        <div className="mt-8">
          <RichText html={storedHtml(article.bodyHtml)} />
        </div>
      </article>
    </div>
  )
}
