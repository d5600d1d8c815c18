'use client'

import Link from 'next/link'
import { useParams } from 'next/navigation'
import { errors } from '@/lib/i18n/messages/errors'

type Lang = keyof typeof errors

/**
 * not-found files receive no params, so the page language is read from the URL on the client side of the
 * boundary (it is also known during server rendering). Only the error words of the three languages ship.
 */
export function LocalizedNotFound({ locale }: { locale?: string }) {
  const params = useParams<{ lang?: string }>()
  const lang = locale ?? params.lang
  const code: Lang = lang && lang in errors ? (lang as Lang) : 'fr'
  const t = errors[code]
  return (
    <section aria-labelledby="not-found-heading" className="mx-auto max-w-xl py-16">
      <h1 id="not-found-heading" className="font-serif text-3xl font-bold">
        {t.notFoundTitle}
      </h1>
      <p className="mt-2 text-muted">{t.notFoundText}</p>
      <Link href={`/${code}`} className="mt-6 inline-block font-semibold underline">
        {t.backHome}
      </Link>
    </section>
  )
}
