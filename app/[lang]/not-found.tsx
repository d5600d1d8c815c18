import Link from 'next/link'
import { getDictionary } from '@/lib/i18n/dictionaries'

// Rendered inside the site layout when a page calls notFound(). not-found files receive no params, so this
// boundary speaks French; the per-language versions come with the reader-site work.
export default function NotFound() {
  const t = getDictionary('fr')
  return (
    <section aria-labelledby="not-found-heading" className="mx-auto max-w-xl py-16">
      <h1 id="not-found-heading" className="text-3xl font-bold">
        {t.errors.notFoundTitle}
      </h1>
      <p className="mt-2 text-muted">{t.errors.notFoundText}</p>
      <Link href="/fr" className="mt-6 inline-block underline">
        {t.errors.backHome}
      </Link>
    </section>
  )
}
