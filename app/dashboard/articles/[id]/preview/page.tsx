import { ArticlePreview } from '@/components/dashboard/article-preview'
import { getArticleForEdit } from '@/db/queries/articles-dashboard'
import { findAuthorName } from '@/db/queries/users'
import { env } from '@/lib/env'
import { createPreviewToken } from '@/lib/editor/preview-token'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { isArticleId } from '@/lib/dashboard-records'
import { requirePermission, requireRecord } from '@/lib/session'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

export const generateMetadata = () => dashboardMetadata('preview')

export default async function PreviewPage({ params }: PageProps<'/dashboard/articles/[id]/preview'>) {
  const { id } = await params
  const viewer = await requirePermission('article.create', `/dashboard/articles/${id}/preview`)
  const article = requireRecord(viewer, 'article.edit', isArticleId(id) ? await getArticleForEdit(id) : null)
  const t = getDictionary(viewer.locale)
  const link = new URL(`/preview/${createPreviewToken(id)}`, env.SITE_URL).toString()
  return (
    <div className="flex flex-col gap-4">
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {t.newsroom.preview.shareLink}
        <input readOnly value={link} className="rounded border border-gray-400 bg-white px-2 py-1 font-mono text-xs font-normal" />
      </label>
      <ArticlePreview article={article} authorName={(await findAuthorName(article.authorId)) ?? ''} banner={t.newsroom.preview.banner} />
    </div>
  )
}
