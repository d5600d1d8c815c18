import { CreateArticleForm } from '@/components/dashboard/create-article-form'
import { listCategoryOptions } from '@/db/queries/articles-dashboard'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import { requirePermission } from '@/lib/session'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

export const generateMetadata = () => dashboardMetadata('newArticle')

export default async function NewArticlePage() {
  const viewer = await requirePermission('article.create', '/dashboard/articles/new')
  const t = getDictionary(viewer.locale)
  const categories = await listCategoryOptions()
  return (
    <section aria-labelledby="new-heading" className="flex flex-col gap-4">
      <h1 id="new-heading" className="text-2xl font-bold">
        {t.newsroom.create.title}
      </h1>
      <CreateArticleForm
        t={{ newsroom: t.newsroom, errors: t.errors, common: t.common }}
        categories={categories.map((c) => ({ id: c.id, name: localized(c.name, viewer.locale) }))}
        defaultLanguage={viewer.locale}
      />
    </section>
  )
}
