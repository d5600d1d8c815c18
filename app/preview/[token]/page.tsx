import { connection } from 'next/server'
import { ArticlePreview } from '@/components/dashboard/article-preview'
import { getArticleForEdit } from '@/db/queries/articles-dashboard'
import { findAuthorName } from '@/db/queries/users'
import { readPreviewToken } from '@/lib/editor/preview-token'
import { getDictionary } from '@/lib/i18n/dictionaries'

// A signed, expiring link to an unpublished article, for someone without an account (a source, a lawyer…).
export default async function SharedPreviewPage({ params }: PageProps<'/preview/[token]'>) {
  await connection()
  const { token } = await params
  const id = readPreviewToken(decodeURIComponent(token))
  const article = id ? await getArticleForEdit(id) : null
  const t = getDictionary(article?.language ?? 'fr')
  if (!article) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-4">
        {t.newsroom.preview.expired}
      </p>
    )
  }
  return <ArticlePreview article={article} authorName={(await findAuthorName(article.authorId)) ?? ''} banner={t.newsroom.preview.banner} />
}
