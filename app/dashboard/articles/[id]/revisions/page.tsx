import Link from 'next/link'
import { ActionForm } from '@/components/dashboard/action-form'
import { getArticleForEdit } from '@/db/queries/articles-dashboard'
import { getRevision, listRevisions } from '@/db/queries/revisions'
import { diffRevisions } from '@/lib/editor/diff'
import { canEditContent } from '@/lib/editor/workflow'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { isArticleId } from '@/lib/dashboard-records'
import { requirePermission, requireRecord } from '@/lib/session'
import { restoreRevisionAction } from '../../actions'
import { dashboardMetadata } from '@/lib/dashboard-metadata'
import { formatDateTime } from '@/lib/i18n/format'

const pick = (value: string | string[] | undefined) => (typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined)

export const generateMetadata = () => dashboardMetadata('revisions')

export default async function RevisionsPage({ params, searchParams }: PageProps<'/dashboard/articles/[id]/revisions'>) {
  const { id } = await params
  const viewer = await requirePermission('article.create', `/dashboard/articles/${id}/revisions`)
  const article = requireRecord(viewer, 'article.edit', isArticleId(id) ? await getArticleForEdit(id) : null)
  const t = getDictionary(viewer.locale)
  const r = t.newsroom.revisions
  const revisions = await listRevisions(id)
  const query = await searchParams
  const toId = pick(query.to) ?? revisions[0]?.id
  const fromId = pick(query.from) ?? revisions[1]?.id
  const [from, to] = await Promise.all([fromId ? getRevision(id, fromId) : null, toId ? getRevision(id, toId) : null])
  const parts = from && to ? diffRevisions(from, to) : []
  const changed = parts.some((p) => p.kind !== 'same')
  const when = (date: Date) => formatDateTime(date, viewer.locale, { dateStyle: 'medium', timeStyle: 'medium' })
  const mayRestore = canEditContent(viewer, article)
  return (
    <section aria-labelledby="revisions-heading" className="flex flex-col gap-4">
      <h1 id="revisions-heading" className="text-2xl font-bold">
        {interpolate(r.title, { title: article.title })}
      </h1>
      <p className="text-sm text-gray-700">{r.intro}</p>
      <Link prefetch={false} href={`/dashboard/articles/${id}`} className="underline">
        {r.backToEditor}
      </Link>
      {from && to ? (
        <section aria-labelledby="diff-heading" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="diff-heading" className="text-lg font-bold">
            {interpolate(r.diffTitle, { from: from.version, to: to.version })}
          </h2>
          {changed ? (
            <p className="mt-2 whitespace-pre-wrap leading-relaxed">
              {parts.map((part, index) =>
                part.kind === 'added' ? (
                  <ins key={index} className="bg-green-100 text-green-900 no-underline">
                    <span className="sr-only">[{r.added} : </span>
                    {part.text}
                    <span className="sr-only">]</span>
                  </ins>
                ) : part.kind === 'removed' ? (
                  <del key={index} className="bg-red-100 text-red-900">
                    <span className="sr-only">[{r.removed} : </span>
                    {part.text}
                    <span className="sr-only">]</span>
                  </del>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </p>
          ) : (
            <p className="mt-2">{r.noChange}</p>
          )}
        </section>
      ) : null}
      <form method="get" className="flex flex-col gap-2">
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2 text-start">{r.compareFrom}</th>
              <th scope="col" className="p-2 text-start">{r.compareTo}</th>
              <th scope="col" className="p-2 text-start">{r.version}</th>
              <th scope="col" className="p-2 text-start">{r.when}</th>
              <th scope="col" className="p-2 text-start">{r.who}</th>
              <th scope="col" className="p-2 text-start">{r.reason}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id} className="border-b">
                <td className="p-2">
                  <input type="radio" name="from" value={revision.id} defaultChecked={revision.id === fromId} aria-label={`${r.compareFrom} ${revision.version} ${when(revision.createdAt)}`} />
                </td>
                <td className="p-2">
                  <input type="radio" name="to" value={revision.id} defaultChecked={revision.id === toId} aria-label={`${r.compareTo} ${revision.version} ${when(revision.createdAt)}`} />
                </td>
                <td className="p-2">{revision.version}</td>
                <td className="p-2">{when(revision.createdAt)}</td>
                <td className="p-2">{revision.authorName ?? r.unknownAuthor}</td>
                <td className="p-2">{t.newsroom.reasons[revision.reason]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="self-start rounded border border-gray-500 px-3 py-1">
          {r.compare}
        </button>
      </form>
      {mayRestore && from ? (
        <ActionForm action={restoreRevisionAction} t={{ errors: t.errors, newsroom: t.newsroom }} done={r.restored} className="flex flex-col gap-1">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="revisionId" value={from.id} />
          <input type="hidden" name="version" value={article.version} />
          <button type="submit" className="self-start rounded bg-ink px-3 py-1.5 font-semibold text-white">
            {r.restore} ({r.version} {from.version}, {when(from.createdAt)})
          </button>
        </ActionForm>
      ) : null}
    </section>
  )
}
