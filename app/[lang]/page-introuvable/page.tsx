import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LocalizedNotFound } from '@/components/site/localized-not-found'
import { isLocale, locales } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'

// The target of proxy.ts's rewrite for unknown public URLs; the proxy sets the 404 status. It renders the 404 UI
// itself instead of calling notFound(): under Cache Components a notFound() page is not prerendered as HTML (the
// browser would have to draw it), while this page is static HTML in the site design and the page's language.
export function generateStaticParams() {
  return locales.map((lang) => ({ lang }))
}

export async function generateMetadata({ params }: PageProps<'/[lang]/page-introuvable'>): Promise<Metadata> {
  const { lang } = await params
  if (!isLocale(lang)) return {}
  return { title: getDictionary(lang).errors.notFoundTitle, robots: { index: false } }
}

export default async function NotFoundPage({ params }: PageProps<'/[lang]/page-introuvable'>) {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  return <LocalizedNotFound locale={lang} />
}
