import Link from 'next/link'
import { ActionForm } from '@/components/dashboard/action-form'
import { listArticlesForDashboard, listAuthors, listCategoryOptions } from '@/db/queries/articles-dashboard'
import { ARTICLE_STATUSES, LANGUAGES } from '@/db/schema'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatDate } from '@/lib/i18n/format'
import { localized } from '@/lib/i18n/localized'
import { can } from '@/lib/permissions'
import { requirePermission } from '@/lib/session'
import { bulkAction, restoreFromTrashAction } from './actions'
import { listQuerySchema } from './list-query'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

export const generateMetadata = () => dashboardMetadata('articles')

export default async function ArticlesPage({ searchParams }: PageProps<'/dashboard/articles'>) {
  const viewer = await requirePermission('article.create', '/dashboard/articles')
  const t = getDictionary(viewer.locale)
  const l = t.newsroom.list
  const words = { errors: t.errors, newsroom: t.newsroom } // what the client forms need, not the whole dictionary
  const query = listQuerySchema.parse(await searchParams)
  const editor = can(viewer, 'article.editAny')
  const [{ rows, page, pages, total }, categories, authors] = await Promise.all([
    listArticlesForDashboard(viewer, query),
    listCategoryOptions(),
    editor ? listAuthors({ include: [query.authorId], withArticles: true }) : Promise.resolve([]),
  ])
  const pageLink = (n: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, page: n }).filter(([, v]) => v !== undefined && v !== '' && v !== false).map(([k, v]) => [k, String(v)]))
    return `/dashboard/articles?${params}`
  }
  const select = (name: string, label: string, options: [string, string][], value?: string) => (
    <label className="flex flex-col text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ''} className="rounded border border-gray-400 bg-white px-2 py-1 font-normal">
        <option value="">{l.any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
  const table = (
    <table className="w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b">
          {can(viewer, 'article.delete') ? <th scope="col" className="p-2 text-start"><span className="sr-only">{l.columns.select}</span></th> : null}
          <th scope="col" className="p-2 text-start">{l.columns.title}</th>
          <th scope="col" className="p-2 text-start">{l.columns.status}</th>
          <th scope="col" className="p-2 text-start">{l.columns.author}</th>
          <th scope="col" className="p-2 text-start">{l.columns.category}</th>
          <th scope="col" className="p-2 text-start">{l.columns.language}</th>
          <th scope="col" className="p-2 text-start">{query.trash ? l.deletedOn.replace(' {date}', '') : l.columns.updated}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b">
            {can(viewer, 'article.delete') ? (
              <td className="p-2">
                {query.trash ? null : <input type="checkbox" name="ids" value={row.id} aria-label={interpolate(l.selectArticle, { title: row.title })} />}
              </td>
            ) : null}
            <td className="p-2">
              {query.trash ? row.title : <Link prefetch={false} href={`/dashboard/articles/${row.id}`} className="font-semibold underline">{row.title}</Link>}
            </td>
            <td className="p-2">{t.newsroom.statuses[row.status]}</td>
            <td className="p-2">{row.authorName}</td>
            <td className="p-2">{localized(row.categoryName, viewer.locale)}</td>
            <td className="p-2">{t.common.languageNames[row.language]}</td>
            <td className="p-2">
              {query.trash && row.deletedAt ? (
                <span className="flex items-center gap-2">
                  {formatDate(row.deletedAt, viewer.locale, 'short')}
                  <ActionForm action={restoreFromTrashAction} t={words} done={l.restored}>
                    <input type="hidden" name="id" value={row.id} />
                    <button type="submit" className="underline" aria-label={`${l.restore} ${row.title}`}>{l.restore}</button>
                  </ActionForm>
                </span>
              ) : (
                formatDate(row.updatedAt, viewer.locale, 'short')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <section aria-labelledby="articles-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 id="articles-heading" className="text-2xl font-bold">
          {query.trash ? l.trash : l.title}
        </h1>
        <p className="flex gap-4">
          <Link prefetch={false} href="/dashboard/articles/new" className="rounded bg-ink px-3 py-1.5 font-semibold text-white">{t.newsroom.home.newArticle}</Link>
          {can(viewer, 'article.delete') ? (
            <Link prefetch={false} href={query.trash ? '/dashboard/articles' : '/dashboard/articles?trash=1'} className="underline">{query.trash ? l.backToList : l.trash}</Link>
          ) : null}
        </p>
      </div>
      {query.trash ? <p className="text-sm text-gray-700">{l.trashHelp}</p> : null}
      <form method="get" role="search" aria-label={l.filters} className="flex flex-wrap items-end gap-3 rounded border border-gray-200 bg-white p-3">
        {query.trash ? <input type="hidden" name="trash" value="1" /> : null}
        <label className="flex flex-col text-sm font-semibold">
          {l.search}
          <input type="search" name="q" defaultValue={query.q ?? ''} className="rounded border border-gray-400 px-2 py-1 font-normal" />
        </label>
        {select('status', l.status, ARTICLE_STATUSES.map((s) => [s, t.newsroom.statuses[s]]), query.status)}
        {editor ? select('authorId', l.author, authors.map((a) => [a.id, a.name]), query.authorId) : null}
        {select('categoryId', l.category, categories.map((c) => [c.id, localized(c.name, viewer.locale)]), query.categoryId)}
        {select('language', l.language, LANGUAGES.map((code) => [code, t.common.languageNames[code]]), query.language)}
        <label className="flex flex-col text-sm font-semibold">
          {l.sort}
          <select name="sort" defaultValue={query.sort ?? 'updated'} className="rounded border border-gray-400 bg-white px-2 py-1 font-normal">
            <option value="updated">{l.sortUpdated}</option>
            <option value="published">{l.sortPublished}</option>
            <option value="title">{l.sortTitle}</option>
          </select>
        </label>
        <button type="submit" className="rounded border border-gray-500 px-3 py-1">{l.apply}</button>
      </form>
      {can(viewer, 'article.delete') && !query.trash ? (
        <ActionForm action={bulkAction} t={words} done={l.bulkDone} className="flex flex-col gap-2">
          {rows.length ? table : <p>{l.empty}</p>}
          <fieldset className="flex items-center gap-2">
            <legend className="sr-only">{l.bulk}</legend>
            <span className="text-sm font-semibold">{l.bulk}</span>
            <button type="submit" name="operation" value="archive" className="rounded border border-gray-500 px-3 py-1 text-sm">{l.bulkArchive}</button>
            <button type="submit" name="operation" value="trash" className="rounded border border-red-700 px-3 py-1 text-sm text-red-800">{l.bulkTrash}</button>
          </fieldset>
        </ActionForm>
      ) : rows.length ? (
        table
      ) : (
        <p>{l.empty}</p>
      )}
      <nav aria-label={interpolate(l.page, { page, pages })} className="flex items-center gap-4 text-sm">
        {page > 1 ? <Link prefetch={false} href={pageLink(page - 1)} className="underline">{l.previous}</Link> : null}
        <span>{interpolate(l.page, { page, pages })} · {total}</span>
        {page < pages ? <Link prefetch={false} href={pageLink(page + 1)} className="underline">{l.next}</Link> : null}
      </nav>
    </section>
  )
}
