import type { Metadata } from 'next'
import Link from 'next/link'
import { defaultLocale, direction } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import './globals.css'

// URLs that no route matches (and unknown language prefixes). Static, so it speaks the default language.
const t = getDictionary(defaultLocale)

// Spelled like every other page's title (the [lang] layout's "%s — Kiosque" template), from the dictionary.
export const metadata: Metadata = { title: `${t.errors.notFoundTitle} — ${t.common.siteName}`, robots: { index: false } }

export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale} dir={direction(defaultLocale)}>
      <body className="min-h-screen bg-paper font-sans antialiased">
        <main id="content" className="mx-auto mt-24 max-w-xl px-4">
          <p className="font-serif text-3xl font-bold">{t.common.siteName}</p>
          <h1 className="mt-6 text-2xl font-bold">{t.errors.notFoundTitle}</h1>
          <p className="mt-2 text-muted">{t.errors.notFoundText}</p>
          <Link href={`/${defaultLocale}`} className="mt-6 inline-block underline">
            {t.errors.backHome}
          </Link>
        </main>
      </body>
    </html>
  )
}
