'use client'

import Link from 'next/link'
import { useParams } from 'next/navigation'
import { errors } from '@/lib/i18n/messages/errors'

type Lang = keyof typeof errors

// Unexpected failures while rendering a public page, inside the site layout and in the page's language. The
// error itself went to the server log; readers get a retry and a way home, never a stack trace.
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang } = useParams<{ lang?: string }>()
  const code: Lang = lang && lang in errors ? (lang as Lang) : 'fr'
  const t = errors[code]
  return (
    <section aria-labelledby="error-heading" className="mx-auto max-w-xl py-16">
      <h1 id="error-heading" className="font-serif text-3xl font-bold">
        {t.errorTitle}
      </h1>
      <p className="mt-2 text-muted">{t.generic}</p>
      <div className="mt-6 flex gap-6">
        <button type="button" onClick={reset} className="rounded bg-ink px-4 py-2 font-semibold text-white">
          {t.retry}
        </button>
        <Link href={`/${code}`} className="self-center font-semibold underline">
          {t.backHome}
        </Link>
      </div>
    </section>
  )
}
