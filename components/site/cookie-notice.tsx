'use client'

import { type FormEvent, useState, useSyncExternalStore } from 'react'
import { CONSENT_SAVED_ANCHOR, hasConsentCookie } from '@/lib/consent'

type Words = { title: string; text: string; accept: string; decline: string }

const noSubscription = () => () => {}
const readCookie = () => hasConsentCookie(document.cookie)
const serverHasNoCookies = () => false

/**
 * The cookie notice is part of the cached page, the same for every reader. Returning readers never see it flash:
 * a one-line script in <head> marks <html data-consent> before the first paint and CSS hides the notice; this
 * island then removes it. Without JavaScript the form posts to /api/consent, which sets the cookie and sends the
 * reader back to #cookie-choice-saved, where CSS hides the notice; on later cached pages the per-reader stylesheet
 * /consent.css (linked by the layout) hides it.
 */
export function CookieNotice({ lang, words }: { lang: string; words: Words }) {
  const hasCookie = useSyncExternalStore(noSubscription, readCookie, serverHasNoCookies)
  const [saved, setSaved] = useState(false)
  if (hasCookie || saved) return null

  async function choose(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    if (!(submitter instanceof HTMLButtonElement)) return
    event.preventDefault()
    const form = event.currentTarget
    const body = new FormData(form)
    body.set('choice', submitter.value)
    const response = await fetch('/api/consent', { method: 'POST', body, headers: { accept: 'application/json' } }).catch(() => null)
    if (response?.ok) return setSaved(true)
    // Fall back to the plain form post (form.submit() leaves out the clicked button, so carry its value).
    const choice = Object.assign(document.createElement('input'), { type: 'hidden', name: 'choice', value: submitter.value })
    form.append(choice)
    form.submit()
  }

  return (
    <section
      aria-labelledby="cookie-notice-title"
      data-cookie-notice=""
      className="fixed inset-x-0 bottom-0 z-40 border-t-2 border-ink bg-white shadow-lg"
    >
      <span id={CONSENT_SAVED_ANCHOR} />
      <form method="post" action="/api/consent" onSubmit={choose} className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3 text-sm">
        <input type="hidden" name="lang" value={lang} />
        <h2 id="cookie-notice-title" className="font-bold">
          {words.title}
        </h2>
        <p className="min-w-0 flex-1 basis-64">{words.text}</p>
        <div className="flex gap-2">
          <button type="submit" name="choice" value="accepted" className="rounded bg-ink px-4 py-2 font-semibold text-white">
            {words.accept}
          </button>
          <button type="submit" name="choice" value="declined" className="rounded border border-ink px-4 py-2 font-semibold">
            {words.decline}
          </button>
        </div>
      </form>
    </section>
  )
}
