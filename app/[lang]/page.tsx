import { notFound } from 'next/navigation'
import { ArticleCard } from '@/components/site/article-card'
import { listRecentPublished } from '@/db/queries/articles'
import { isLocale } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'

export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  const t = getDictionary(lang)
  const [lead, ...rest] = await listRecentPublished(21, lang)
  if (!lead) return <p className="text-muted">{t.article.noArticles}</p>
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <ArticleCard article={lead} locale={lang} lead />
      </div>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-wider">
          {t.article.latest}
        </h2>
        {rest.map((article) => (
          <ArticleCard key={article.id} article={article} locale={lang} />
        ))}
      </section>
    </div>
  )
}
