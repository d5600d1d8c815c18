import type { Metadata } from 'next'
import Link from 'next/link'
import { getDictionary } from '@/lib/i18n/dictionaries'
import './globals.css'

export const metadata: Metadata = { title: 'Page introuvable — Kiosque' }

// URLs that no route matches (and unknown language prefixes). Static, so it speaks French, the default.
export default function GlobalNotFound() {
  const t = getDictionary('fr')
  return (
    <html lang="fr" dir="ltr">
      <body className="min-h-screen bg-paper font-sans antialiased">
        <main id="content" className="mx-auto mt-24 max-w-xl px-4">
          <p className="font-serif text-3xl font-bold">{t.common.siteName}</p>
          <h1 className="mt-6 text-2xl font-bold">{t.errors.notFoundTitle}</h1>
          <p className="mt-2 text-muted">{t.errors.notFoundText}</p>
          <Link href="/fr" className="mt-6 inline-block underline">
            {t.errors.backHome}
          </Link>
        </main>
      </body>
    </html>
  )
}
