import Link from 'next/link'
import { BanList } from '@/components/dashboard/comments/ban-list'
import { EmptyBinButton } from '@/components/dashboard/comments/empty-bin-button'
import { ModerationQueue, type QueueItem } from '@/components/dashboard/comments/moderation-queue'
import { QUEUE_PAGE_SIZE, QUEUE_TABS, countQueueTabs, isOverCap, isQueueTab, listActiveBans, listCommentedArticles, listQueue } from '@/db/queries/moderation'
import { describeCappedCount } from '@/lib/capped-count'
import { formatCount, getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatDate, formatNumber } from '@/lib/i18n/format'
import { paths } from '@/lib/paths'
import { can } from '@/lib/permissions'
import { requirePermission } from '@/lib/session'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const generateMetadata = () => dashboardMetadata('comments')

export default async function CommentsQueuePage({ searchParams }: PageProps<'/dashboard/comments'>) {
  const viewer = await requirePermission('comment.moderate', '/dashboard/comments')
  const t = getDictionary(viewer.locale)
  const m = t.moderation
  const params = await searchParams
  const tabParam = one(params.tab)
  const tab = isQueueTab(tabParam) ? tabParam : 'pending'
  const q = one(params.q)?.slice(0, 200) ?? ''
  const articleParam = one(params.article) ?? ''
  const articleId = UUID.test(articleParam) ? articleParam : undefined
  const sort = one(params.sort) === 'oldest' ? 'oldest' : 'newest'
  const page = Math.max(1, Number.parseInt(one(params.page) ?? '1', 10) || 1)

  const messages: Record<string, string> = {}
  for (const [key, value] of Object.entries(t.errors)) messages[`errors.${key}`] = value
  for (const [key, value] of Object.entries(m.errors)) messages[`moderation.errors.${key}`] = value
  const now = new Date()
  const counts = await countQueueTabs()
  const [{ rows, total }, articles, bans] = await Promise.all([
    listQueue({ tab, q, articleId, sort, page }, counts[tab]),
    listCommentedArticles(articleId),
    listActiveBans(now),
  ])
  // Counts stop at 10,000 (db/queries/moderation.ts): past that, the pager goes on while pages are full.
  const pages = isOverCap(total) ? null : Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE))
  const hasNext = pages === null ? rows.length === QUEUE_PAGE_SIZE : page < pages
  const shownCount = (n: number) => describeCappedCount(n, viewer.locale, m.countOver, (exact) => formatNumber(exact, viewer.locale))
  const link = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams()
    const merged = { tab, q: q || undefined, article: articleId, sort: sort === 'newest' ? undefined : sort, page: undefined, ...changes }
    for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== '') next.set(key, String(value))
    return `/dashboard/comments?${next.toString()}`
  }
  const items: QueueItem[] = rows.map((row) => ({
    id: row.id,
    body: row.body,
    status: row.status,
    shadow: row.shadow,
    reportCount: row.reportCount,
    reasons: row.reasons ?? [],
    authorName: row.authorName,
    authorEmail: row.authorEmail,
    authorUrl: row.authorUrl,
    staff: row.staff,
    ip: row.ip,
    createdAt: formatDate(row.createdAt, viewer.locale),
    parentAuthor: row.parentAuthor,
    articleTitle: row.articleTitle,
    articleUrl: `${paths.article({ language: row.articleLanguage, categorySlug: row.categorySlug, slug: row.articleSlug })}#comment-${row.id}`,
    history: interpolate(m.history, { approved: formatCount(m.historyApproved, row.approvedBefore), spam: formatCount(m.historySpam, row.spamBefore) }),
  }))

  return (
    <section aria-labelledby="comments-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 id="comments-heading" className="text-2xl font-bold">
          {m.title}
        </h1>
        {can(viewer, 'comment.settings') ? (
          <Link href="/dashboard/settings/comments" className="text-sm underline">
            {m.settings.nav}
          </Link>
        ) : null}
      </div>
      <nav aria-label={m.tabsLabel} className="mt-4">
        <ul className="flex flex-wrap gap-2 border-b border-gray-200">
          {QUEUE_TABS.map((name) => (
            <li key={name}>
              <Link
                href={link({ tab: name })}
                aria-current={name === tab ? 'page' : undefined}
                className={`inline-block rounded-t px-3 py-2 text-sm ${name === tab ? 'border border-b-white border-gray-200 bg-white font-bold' : 'hover:underline'}`}
              >
                {m.tabs[name]} ({shownCount(counts[name])})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/dashboard/comments" className="mt-4 flex flex-wrap items-end gap-3 text-sm" role="search">
        <input type="hidden" name="tab" value={tab} />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{m.search}</span>
          <input type="search" name="q" defaultValue={q} className="rounded border border-gray-400 bg-white px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{m.article}</span>
          <select name="article" defaultValue={articleId ?? ''} className="max-w-xs rounded border border-gray-400 bg-white px-2 py-1">
            <option value="">{m.allArticles}</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{m.sort}</span>
          <select name="sort" defaultValue={sort} className="rounded border border-gray-400 bg-white px-2 py-1">
            <option value="newest">{m.newest}</option>
            <option value="oldest">{m.oldest}</option>
          </select>
        </label>
        <button type="submit" className="rounded border border-gray-400 bg-white px-3 py-1 font-semibold">
          {m.searchSubmit}
        </button>
      </form>
      {tab === 'spam' || tab === 'trash' ? (
        <EmptyBinButton status={tab} label={tab === 'spam' ? m.emptySpam : m.emptyTrash} done={m.emptied} messages={messages} />
      ) : null}
      <p className="mt-4 text-sm text-gray-700" role="status">
        {describeCappedCount(total, viewer.locale, m.resultsOver, (exact) => formatCount(m.results, exact))}
      </p>
      <ModerationQueue tab={tab} items={items} t={m} messages={messages} />
      {page > 1 || hasNext ? (
        <nav aria-label={m.pagination} className="mt-4 flex items-center gap-4 text-sm">
          {page > 1 ? <Link href={link({ page: page - 1 })}>{m.previous}</Link> : null}
          <span>{pages === null ? interpolate(m.pageOnly, { page }) : interpolate(m.page, { page, pages })}</span>
          {hasNext ? <Link href={link({ page: page + 1 })}>{m.next}</Link> : null}
        </nav>
      ) : null}
      <BanList bans={bans.map((ban) => ({ ...ban, expiresAt: ban.expiresAt ? formatDate(ban.expiresAt, viewer.locale) : null }))} t={m} messages={messages} />
    </section>
  )
}
