import Link from 'next/link'
import { getDashboardHome } from '@/db/queries/articles-dashboard'
import { formatCount, getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { can } from '@/lib/permissions'
import { requireUser } from '@/lib/session'
import { dashboardMetadata } from '@/lib/dashboard-metadata'
import { describeCappedCount } from '@/lib/capped-count'

type Item = Awaited<ReturnType<typeof getDashboardHome>>['myDrafts'][number]

// Links here are not prefetched: a prefetch of an editor page would take its editing lock, and a prefetch answered
// after "sign out" would bring the session cookie back.
export const generateMetadata = () => dashboardMetadata('home')

export default async function DashboardHome() {
  const viewer = await requireUser()
  const t = getDictionary(viewer.locale)
  const h = t.newsroom.home
  const home = await getDashboardHome(viewer)
  const list = (id: string, title: string, items: Item[], detail: (item: Item) => string, help?: string) => (
    <section aria-labelledby={id} className="rounded border border-gray-200 bg-white p-4">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {help ? <p className="text-sm text-gray-700">{help}</p> : null}
      {items.length ? (
        <ul className="mt-2 divide-y">
          {items.map((item) => (
            <li key={item.id} className="py-2">
              <Link prefetch={false} href={`/dashboard/articles/${item.id}`} className="font-semibold underline">
                {item.title}
              </Link>
              <span className="block text-sm text-gray-700">
                {detail(item)} · {interpolate(h.by, { name: item.authorName })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-gray-600">{h.none}</p>
      )}
    </section>
  )
  const updated = (item: Item) => interpolate(h.updated, { date: formatDate(item.updatedAt, viewer.locale, 'short') })
  const at = (date: Date | null) => (date ? formatDateTime(date, viewer.locale, { dateStyle: 'medium', timeStyle: 'short' }) : '')
  const writer = can(viewer, 'article.create')
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="welcome" className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 id="welcome" className="text-2xl font-bold">
            {interpolate(t.dashboard.welcome, { name: viewer.name })}
          </h1>
          <p className="mt-2 text-gray-700">{interpolate(t.dashboard.signedInAs, { email: viewer.email })}</p>
          <p className="mt-1 text-gray-700">{interpolate(t.dashboard.yourRole, { role: t.dashboard.roles[viewer.role] })}</p>
        </div>
        {writer ? (
          <Link prefetch={false} href="/dashboard/articles/new" className="rounded bg-ink px-4 py-2 font-semibold text-white">
            {h.newArticle}
          </Link>
        ) : null}
      </section>
      {home.missed.length ? list('missed', h.missed, home.missed, (i) => at(i.publishedAt), h.missedHelp) : null}
      <div className="grid gap-6 md:grid-cols-2">
        {writer ? list('drafts', h.myDrafts, home.myDrafts, updated) : null}
        {writer ? list('review', h.inReview, home.inReview, updated) : null}
        {writer ? list('scheduled', h.scheduled, home.scheduled, (i) => interpolate(h.scheduledFor, { date: at(i.scheduledAt) })) : null}
        {writer ? list('published', h.recentlyPublished, home.recent, (i) => at(i.publishedAt)) : null}
        {home.pendingComments !== null ? (
          <section aria-labelledby="comments-waiting" className="rounded border border-gray-200 bg-white p-4">
            <h2 id="comments-waiting" className="text-lg font-bold">
              {h.commentsWaiting}
            </h2>
            <p className="mt-2">
              {describeCappedCount(home.pendingComments, viewer.locale, h.commentsCountOver, (exact) => formatCount(h.commentsCount, exact))}
            </p>
            <Link prefetch={false} href="/dashboard/comments" className="mt-2 inline-block underline">
              {h.moderate}
            </Link>
          </section>
        ) : null}
      </div>
    </div>
  )
}
