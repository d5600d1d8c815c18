'use client'

import { useActionState, useState, useSyncExternalStore, startTransition, type FormEvent } from 'react'
import { createPortal } from 'react-dom'
import type { CommentPostResult } from '@/app/api/comments/route'
import { interpolate } from '@/lib/i18n/interpolate'
import type { Locale } from '@/lib/i18n/config'
import { formatDate } from '@/lib/i18n/format'
import { identityStore, readerStore } from './identity-store'
import { replyStore } from './reply-store'

export type CommentFormLabels = {
  formTitle: string
  formIntro: string
  body: string
  name: string
  email: string
  url: string
  remember: string
  honeypot: string
  submit: string
  submitting: string
  signedInAs: string
  posted: string
  awaiting: string
  replyTo: string
  cancelReply: string
  fieldErrors: { name: string; email: string; url: string }
}

type Props = {
  articleId: string
  formId: string
  locale: Locale
  maxLength: number
  labels: CommentFormLabels
  errors: Record<string, string>
}

/**
 * The same POST as the plain form, asking for JSON: the same checks and statuses, answered in place. The answer
 * also sets this browser's comment cookies (its comment awaiting moderation, "remember me").
 */
async function postComment(data: FormData): Promise<CommentPostResult> {
  try {
    const response = await fetch('/api/comments', { method: 'POST', body: data, headers: { accept: 'application/json' }, credentials: 'same-origin' })
    return (await response.json()) as CommentPostResult
  } catch {
    return { ok: false, error: 'errors.generic' } // offline, or an answer that is not ours (a proxy's error page)
  }
}

/** Values such as a ban's end date reach the client as ISO strings; the reader sees them in their language. */
function localizeValues(values: Record<string, string | number> | undefined, locale: Locale) {
  if (!values?.until || typeof values.until !== 'string') return values
  return { ...values, until: formatDate(new Date(values.until), locale) }
}

/**
 * "Leave a Comment". Without JavaScript it is a plain form posted to /api/comments (real 303/429 statuses); with
 * it, the same fields go to the same address as JSON: pending state, inline replies, no reload.
 */
export function CommentForm({ articleId, formId, locale, maxLength, labels, errors }: Props) {
  const [body, setBody] = useState('')
  const [name, setName] = useState<string | null>(null)
  const [email, setEmail] = useState<string | null>(null)
  const [url, setUrl] = useState<string | null>(null)
  const [remember, setRemember] = useState<boolean | null>(null)
  const [state, dispatch, pending] = useActionState<CommentPostResult | null, FormData>(async (_previous, data) => {
    const result = await postComment(data)
    readerStore.reload() // a new one-time token, the comment just held, who is remembered
    if (result.ok) {
      setBody('') // what is typed is kept on every failure, cleared once it is saved
      replyStore.set(null)
    }
    return result
  }, null)
  const reply = useSyncExternalStore(replyStore.subscribe, replyStore.get, replyStore.getServer)
  const identity = useSyncExternalStore(identityStore.subscribe, identityStore.get, identityStore.getServer)

  const failed = state && !state.ok ? state : null
  const fieldErrors = failed?.fieldErrors ?? {}
  const staff = identity?.staff ?? false

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => dispatch(data))
  }

  const succeeded = state?.ok ? state.data : null
  const form = (
    <form
      id={formId}
      action="/api/comments"
      method="post"
      onSubmit={submit}
      className="mt-4 flex flex-col gap-4 rounded border border-line bg-white p-4"
      aria-labelledby={`${formId}-title`}
      aria-busy={pending}
    >
      <h3 id={`${formId}-title`} className="text-lg font-bold">
        {reply ? interpolate(labels.replyTo, { name: reply.name }) : labels.formTitle}
      </h3>
      {reply ? (
        <button type="button" className="self-start text-sm underline" onClick={() => replyStore.set(null)}>
          {labels.cancelReply}
        </button>
      ) : null}
      <p className="text-sm text-muted">{staff && identity ? interpolate(labels.signedInAs, { name: identity.name }) : labels.formIntro}</p>
      {failed ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {interpolate(errors[failed.error] ?? errors['errors.generic'] ?? failed.error, localizeValues(failed.values, locale))}
        </p>
      ) : null}
      {succeeded ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {succeeded.held ? labels.awaiting : labels.posted}
        </p>
      ) : null}
      <input type="hidden" name="articleId" value={articleId} />
      {/* Without JavaScript the parent comes from the per-request part (?replyto=), as a field of this form. */}
      {reply ? <input type="hidden" name="parentId" value={reply.id} /> : null}
      <label className="flex flex-col gap-1">
        <span className="text-sm font-semibold">{labels.body}</span>
        <textarea
          name="body"
          required
          rows={6}
          maxLength={maxLength}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          className="rounded border border-gray-400 px-3 py-2"
        />
      </label>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={labels.name} name="name" autoComplete="name" required readOnly={staff} value={name ?? identity?.name ?? ''} onChange={setName} error={fieldErrors.name ? labels.fieldErrors.name : undefined} formId={formId} />
        <TextField label={labels.email} name="email" type="email" autoComplete="email" required readOnly={staff} value={email ?? identity?.email ?? ''} onChange={setEmail} error={fieldErrors.email ? labels.fieldErrors.email : undefined} formId={formId} />
        <TextField label={labels.url} name="url" type="url" autoComplete="url" value={url ?? identity?.url ?? ''} onChange={setUrl} error={fieldErrors.url ? labels.fieldErrors.url : undefined} formId={formId} />
      </div>
      {/* The honeypot: people never see it; anything typed here sends the comment to spam (stored, not lost). */}
      <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
        <label>
          {labels.honeypot}
          <input type="text" name="website_confirm" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      {staff ? null : (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="remember" checked={remember ?? !!identity} onChange={(event) => setRemember(event.target.checked)} />
          {labels.remember}
        </label>
      )}
      <button type="submit" disabled={pending} className="self-start rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  )
  const slot = reply && typeof document !== 'undefined' ? document.getElementById(`reply-slot-${reply.id}`) : null
  return slot ? createPortal(form, slot) : form
}

type TextFieldProps = {
  label: string
  name: string
  formId: string
  value: string
  onChange: (value: string) => void
  type?: string
  autoComplete?: string
  required?: boolean
  readOnly?: boolean
  error?: string
}

function TextField({ label, name, formId, value, onChange, type = 'text', autoComplete, required, readOnly, error }: TextFieldProps) {
  const id = `${formId}-${name}`
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        readOnly={readOnly}
        maxLength={name === 'email' ? 254 : name === 'url' ? 500 : 100}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded border border-gray-400 px-3 py-2 read-only:bg-gray-100"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
