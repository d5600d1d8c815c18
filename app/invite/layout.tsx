import type { Metadata } from 'next'
import { direction } from '@/lib/i18n/config'
import { requestLocale } from '@/lib/i18n/request-locale'
import '../globals.css'

// Per-request by nature (the token decides what to show): rendered on demand, never prerendered or indexed.
export const instant = false
export const metadata: Metadata = { title: 'Kiosque', robots: { index: false } }

export default async function InviteLayout({ children }: LayoutProps<'/invite'>) {
  const locale = await requestLocale()
  return (
    <html lang={locale} dir={direction(locale)}>
      <body className="min-h-screen bg-paper font-sans antialiased">{children}</body>
    </html>
  )
}
