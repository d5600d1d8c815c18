'use client'

import Link from 'next/link'
import { useEffect, useRef, useState, useTransition } from 'react'
import { pickMediaAction } from '@/app/dashboard/media/actions'
import type { PickerImage } from '@/db/queries/media'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { interpolate } from '@/lib/i18n/dictionaries'

type Props = {
  t: Dictionary['newsroom']['editor']
  open: boolean
  onClose: () => void
  onInsert: (image: PickerImage, alt: string, caption: string) => void
}

/**
 * The media library as a modal dialog: search, pick, check the alt text, add a caption. A native <dialog> opened
 * with showModal(): focus moves in, the page behind is inert, Escape closes; the opener gets focus back.
 */
export function MediaPicker({ t, open, onClose, onInsert }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const search = useRef<HTMLInputElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  const [query, setQuery] = useState('')
  const [items, setItems] = useState<PickerImage[]>([])
  const [page, setPage] = useState(1)
  const [hasMore, setHasMore] = useState(false)
  const [loaded, setLoaded] = useState(false) // "no image" only once the library has answered
  const [chosen, setChosen] = useState<PickerImage | null>(null)
  const [alt, setAlt] = useState('')
  const [caption, setCaption] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [loading, startLoading] = useTransition()

  const load = (q: string, nextPage: number) =>
    startLoading(async () => {
      const form = new FormData()
      form.set('q', q)
      form.set('page', String(nextPage))
      const result = await pickMediaAction(null, form).catch(() => null)
      if (!result?.ok) return setError(t.pickerFailed)
      setError(null)
      setItems((previous) => (nextPage === 1 ? result.data.items : [...previous, ...result.data.items]))
      setHasMore(result.data.hasMore)
      setPage(nextPage)
      setLoaded(true)
    })

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      element.showModal()
      search.current?.focus()
      load('', 1)
    } else if (!open && element.open) element.close()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- opening loads the first page once
  }, [open])

  const choose = (image: PickerImage) => {
    setChosen(image)
    setAlt(image.alt)
    setCaption(image.caption)
    setError(null)
  }
  const insert = () => {
    if (!chosen) return
    if (!alt.trim()) return setError(t.imageAltRequired)
    opener.current = null // focus goes to the inserted figure, not back to the button
    dialog.current?.close() // the page must stop being inert before the editor can take focus
    onInsert(chosen, alt.trim(), caption.trim())
    setChosen(null)
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="media-picker-title"
      onClose={() => {
        opener.current?.focus()
        onClose()
      }}
      className="m-auto w-[min(56rem,95vw)] rounded border border-gray-300 bg-white p-4 text-ink shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id="media-picker-title" className="text-lg font-bold">
          {t.pickerTitle}
        </h2>
        <button type="button" onClick={() => dialog.current?.close()} className="rounded border px-2 py-1 text-sm">
          {t.pickerClose}
        </button>
      </div>
      <form
        role="search"
        aria-label={t.pickerSearch}
        className="mt-3 flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          load(query.trim(), 1)
        }}
      >
        <label className="flex flex-col text-sm font-semibold">
          {t.pickerSearch}
          <input ref={search} type="search" value={query} onChange={(event) => setQuery(event.target.value)} className="rounded border border-gray-400 px-2 py-1 font-normal" />
        </label>
        <button type="submit" className="rounded border border-gray-500 px-3 py-1 text-sm">
          {t.pickerSearchButton}
        </button>
      </form>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-gray-700">
        {loading ? t.pickerLoading : loaded && items.length === 0 ? t.pickerEmpty : ''}
      </p>
      {loaded && items.length === 0 && !loading ? (
        // A new tab: the article stays open while the journalist uploads, then searches again here.
        <Link prefetch={false} href="/dashboard/media" target="_blank" className="text-sm underline">
          {t.pickerLibraryLink}
        </Link>
      ) : null}
      <ul className="mt-2 grid max-h-[40vh] grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-4">
        {items.map((image) => (
          <li key={image.id}>
            <button
              type="button"
              aria-pressed={chosen?.id === image.id}
              aria-label={interpolate(t.pickerChoose, { alt: image.alt || image.src })}
              onClick={() => choose(image)}
              className={`flex w-full flex-col gap-1 rounded border p-1 text-start text-xs ${chosen?.id === image.id ? 'border-ink ring-2 ring-ink' : 'border-gray-300'}`}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- our own immutable files; next/image would re-encode them */}
              <img src={image.thumb} alt="" loading="lazy" className="h-24 w-full object-cover" />
              <span className="line-clamp-2">{image.alt}</span>
            </button>
          </li>
        ))}
      </ul>
      {hasMore ? (
        <button type="button" disabled={loading} onClick={() => load(query.trim(), page + 1)} className="mt-2 rounded border px-3 py-1 text-sm">
          {t.pickerMore}
        </button>
      ) : null}
      {chosen ? (
        <div className="mt-3 flex flex-col gap-2 border-t pt-3">
          <label className="flex flex-col text-sm font-semibold">
            {t.imageAlt}
            <input value={alt} onChange={(event) => setAlt(event.target.value)} required aria-invalid={error === t.imageAltRequired || undefined} className="rounded border border-gray-400 px-2 py-1 font-normal" />
          </label>
          <label className="flex flex-col text-sm font-semibold">
            {t.imageCaption}
            <input value={caption} onChange={(event) => setCaption(event.target.value)} className="rounded border border-gray-400 px-2 py-1 font-normal" />
          </label>
          <button type="button" onClick={insert} className="self-start rounded bg-ink px-3 py-1 text-sm text-white">
            {t.imageInsert}
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </dialog>
  )
}
