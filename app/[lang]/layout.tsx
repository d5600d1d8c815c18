import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CookieNotice } from '@/components/site/cookie-notice'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { direction, isLocale, locales } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { consentBootScript } from '@/lib/consent'
import { env } from '@/lib/env'
import '../globals.css'

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }))
}

export async function generateMetadata({ params }: LayoutProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params
  if (!isLocale(lang)) return {}
  const t = getDictionary(lang)
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: `${t.common.siteName} — ${t.common.tagline}`, template: `%s — ${t.common.siteName}` },
    description: t.common.tagline,
  }
}

export default async function SiteLayout({ children, params }: LayoutProps<'/[lang]'>) {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  const t = getDictionary(lang)
  return (
    // suppressHydrationWarning: the consent script may add data-consent to <html> before React hydrates.
    <html lang={lang} dir={direction(lang)} suppressHydrationWarning>
      <head>
        {/* The one inline script of public pages; fixed text, no data (see lib/consent.ts). */}
        <script dangerouslySetInnerHTML={{ __html: consentBootScript }} />
        {/* Per reader, for a page shared between readers: hides the cookie notice once they have chosen, also without JavaScript. */}
        {/* eslint-disable-next-line @next/next/no-css-tags -- a per-reader stylesheet, not a static one to bundle */}
        <link rel="stylesheet" href="/consent.css" />
      </head>
      <body className="min-h-screen bg-paper font-sans antialiased">
        <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3">
          {t.common.skipToContent}
        </a>
        <SiteHeader locale={lang} />
        <main id="content" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter locale={lang} />
        <CookieNotice
          lang={lang}
          words={{ title: t.site.cookieTitle, text: t.site.cookieText, accept: t.site.cookieAccept, decline: t.site.cookieDecline }}
        />
      </body>
    </html>
  )
}
