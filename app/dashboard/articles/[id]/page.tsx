import Link from 'next/link'
import { ArticleEditor } from '@/components/dashboard/editor/article-editor'
import { getArticleForEdit, listAuthors, listCategoryOptions, listImageOptions } from '@/db/queries/articles-dashboard'
import { acquireLock } from '@/db/queries/articles-workflow'
import { availableTransitions, canEditContent } from '@/lib/editor/workflow'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { localized } from '@/lib/i18n/localized'
import { can } from '@/lib/permissions'
import { isArticleId } from '@/lib/dashboard-records'
import { requirePermission, requireRecord } from '@/lib/session'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

export const generateMetadata = () => dashboardMetadata('editArticle')

export default async function EditArticlePage({ params }: PageProps<'/dashboard/articles/[id]'>) {
  const { id } = await params
  const viewer = await requirePermission('article.create', `/dashboard/articles/${id}`)
  const article = requireRecord(viewer, 'article.edit', isArticleId(id) ? await getArticleForEdit(id) : null)
  const t = getDictionary(viewer.locale)
  const editable = canEditContent(viewer, article)
  const [lock, categories, authors, images] = await Promise.all([
    editable ? acquireLock(viewer, id) : Promise.resolve({ mine: false, holderName: null, since: null, session: null }),
    listCategoryOptions(),
    can(viewer, 'article.editAny') ? listAuthors({ include: [article.authorId] }) : Promise.resolve(null),
    listImageOptions({ include: article.featuredMediaId }),
  ])
  return (
    <section aria-labelledby="editor-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="editor-heading" className="text-2xl font-bold">
          {t.newsroom.editor.heading}
        </h1>
        <p className="text-sm">
          {interpolate(t.newsroom.editor.status, { status: t.newsroom.statuses[article.status] })}
          {' · '}
          <Link prefetch={false} href={`/dashboard/articles/${id}/preview`} className="underline">
            {t.newsroom.editor.preview}
          </Link>
          {' · '}
          <Link prefetch={false} href={`/dashboard/articles/${id}/revisions`} className="underline">
            {t.newsroom.editor.revisions}
          </Link>
        </p>
      </div>
      <ArticleEditor
        key={id}
        t={{ newsroom: t.newsroom, errors: t.errors, common: t.common }}
        locale={viewer.locale}
        article={{
          id,
          version: article.version,
          status: article.status,
          bodyHtml: article.bodyHtml,
          title: article.title,
          slug: article.slug,
          excerpt: article.excerpt,
          categoryId: article.categoryId,
          language: article.language,
          tagNames: article.tagNames.join(', '),
          translationOf: article.translationOf,
          sourceCredit: article.sourceCredit ?? '',
          featuredMediaId: article.featuredMediaId ?? '',
          seoTitle: article.seoTitle ?? '',
          seoDescription: article.seoDescription ?? '',
          commentsOpen: article.commentsOpen,
          authorId: article.authorId,
        }}
        editable={editable}
        lock={lock}
        transitions={availableTransitions(viewer, article)}
        canTrash={can(viewer, 'article.delete')}
        categories={categories.map((c) => ({ id: c.id, name: localized(c.name, viewer.locale) }))}
        authors={authors}
        images={images.map((m) => ({ id: m.id, name: m.alt || m.name }))}
      />
    </section>
  )
}
