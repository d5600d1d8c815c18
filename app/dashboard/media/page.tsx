import { ActionInput } from '@/components/dashboard/action-field'
import { ActionForm } from '@/components/dashboard/action-form'
import { MediaUploadForm } from '@/components/dashboard/media-upload-form'
import { listMedia } from '@/db/queries/media'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { formatNumber } from '@/lib/i18n/format'
import { can } from '@/lib/permissions'
import { requirePermission } from '@/lib/session'
import { deleteMediaAction, updateMediaAction } from './actions'
import { dashboardMetadata } from '@/lib/dashboard-metadata'

export const generateMetadata = () => dashboardMetadata('media')

export default async function MediaPage({ searchParams }: PageProps<'/dashboard/media'>) {
  const viewer = await requirePermission('media.upload', '/dashboard/media')
  const t = getDictionary(viewer.locale)
  const m = t.newsroom.media
  const words = { errors: t.errors, newsroom: t.newsroom }
  const q = (await searchParams).q
  const query = typeof q === 'string' ? q.trim().slice(0, 200) : ''
  const items = await listMedia(query)
  return (
    <section aria-labelledby="media-heading" className="flex flex-col gap-6">
      <h1 id="media-heading" className="text-2xl font-bold">
        {m.title}
      </h1>
      <MediaUploadForm t={words} />
      <form method="get" role="search" aria-label={m.search} className="flex items-end gap-2">
        <label className="flex flex-col text-sm font-semibold">
          {m.search}
          <input type="search" name="q" defaultValue={query} className="rounded border border-gray-400 px-2 py-1 font-normal" />
        </label>
        <button type="submit" className="rounded border border-gray-500 px-3 py-1">
          {m.searchButton}
        </button>
      </form>
      {items.length === 0 ? <p>{m.empty}</p> : null}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => {
          const thumb = item.variants.find((v) => v.format === 'webp')
          const url = `/media/${item.storageKey}`
          return (
            <li key={item.id} className="flex flex-col gap-2 rounded border border-gray-200 bg-white p-3">
              {thumb ? (
                // eslint-disable-next-line @next/next/no-img-element -- our own immutable files; next/image would re-encode them
                <img src={`/media/${thumb.key}`} alt={item.alt} width={thumb.width} height={thumb.height} loading="lazy" className="h-40 w-full object-cover" />
              ) : null}
              <p className="text-xs text-gray-600">
                {item.originalName} ·{' '}
                {interpolate(m.size, { width: item.width ?? 0, height: item.height ?? 0, size: formatNumber(Math.round(item.bytes / 1024), viewer.locale) })}
              </p>
              <label className="flex flex-col text-xs font-semibold">
                {m.address}
                <input readOnly value={url} className="rounded border border-gray-300 px-1 font-mono font-normal" />
              </label>
              <ActionForm action={updateMediaAction} t={words} done={m.edited} className="flex flex-col gap-1">
                <input type="hidden" name="id" value={item.id} />
                <ActionInput label={m.alt} name="alt" defaultValue={item.alt} required maxLength={500} />
                <ActionInput label={m.caption} name="caption" defaultValue={item.caption ?? ''} maxLength={1000} />
                <button type="submit" className="self-start rounded border border-gray-500 px-2 py-1 text-sm">
                  {m.edit}
                </button>
              </ActionForm>
              {can(viewer, 'media.delete') ? (
                <ActionForm action={deleteMediaAction} t={words} done={m.deleted}>
                  <input type="hidden" name="id" value={item.id} />
                  <button type="submit" className="text-sm text-red-800 underline" aria-label={`${m.delete} ${item.alt}`}>
                    {m.delete}
                  </button>
                </ActionForm>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
