'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect, useRef, useState, type DragEvent } from 'react'
import { uploadMediaAction } from '@/app/dashboard/media/actions'
import type { ActionResult } from '@/lib/action'
import { translate, type Dictionary } from '@/lib/i18n/dictionaries'
import { ActionInput } from './action-field'
import { FormFeedbackContext } from './action-form'

type Props = { t: Pick<Dictionary, 'newsroom' | 'errors'> }

/** A plain form (works without JavaScript); with it, a file dropped on the zone lands in the file input. */
export function MediaUploadForm({ t }: Props) {
  const m = t.newsroom.media
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(uploadMediaAction, null)
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const [fileName, setFileName] = useState('')
  const router = useRouter()
  useEffect(() => {
    if (state?.ok) router.refresh() // the new image appears in the grid below
  }, [state, router])
  const failed = state && !state.ok ? state : null
  const fieldError = (name: string) => failed?.fieldErrors?.[name]?.map((key) => translate(t, key)).join(' ')

  const drop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (!file || !input.current) return
    const transfer = new DataTransfer()
    transfer.items.add(file)
    input.current.files = transfer.files
    setFileName(file.name)
  }
  return (
    <form action={action} aria-labelledby="upload-heading" className="flex flex-col gap-3 rounded border border-gray-200 bg-white p-4" aria-busy={pending}>
      <h2 id="upload-heading" className="text-lg font-bold">
        {m.upload}
      </h2>
      <div
        onDragOver={(event) => (event.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        className={`rounded border-2 border-dashed p-4 text-center text-sm ${over ? 'border-blue-600 bg-blue-50' : 'border-gray-300'}`}
      >
        <p>{m.drop}</p>
        {fileName ? <p className="font-semibold">{fileName}</p> : null}
      </div>
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {m.file}
        <input ref={input} type="file" name="file" accept="image/*" required onChange={(e) => setFileName(e.target.files?.[0]?.name ?? '')} className="font-normal" />
      </label>
      <FormFeedbackContext value={{ errors: { alt: fieldError('alt') ? [fieldError('alt') ?? ''] : undefined }, submitted: failed?.submitted ?? null }}>
        <ActionInput label={m.alt} name="alt" required maxLength={500} aria-describedby="alt-help" />
        <p id="alt-help" className="-mt-2 text-xs text-gray-600">
          {m.altHelp}
        </p>
        <ActionInput label={m.caption} name="caption" maxLength={1000} />
      </FormFeedbackContext>
      <button type="submit" disabled={pending} className="self-start rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? m.sending : m.send}
      </button>
      {failed ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {fieldError('file') ?? translate(t as Dictionary, failed.error, failed.values)}
        </p>
      ) : state?.ok ? (
        <p role="status" className="text-sm text-green-800">
          {m.uploaded}
        </p>
      ) : null}
    </form>
  )
}
