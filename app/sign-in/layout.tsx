import { direction } from '@/lib/i18n/config'
import { requestLocale } from '@/lib/i18n/request-locale'
import '../globals.css'

// Per-request by nature (who is signed in): rendered on demand, never prerendered.
export const instant = false

export default async function SignInLayout({ children }: LayoutProps<'/sign-in'>) {
  const locale = await requestLocale()
  return (
    <html lang={locale} dir={direction(locale)}>
      <body className="min-h-screen bg-paper font-sans antialiased">{children}</body>
    </html>
  )
}
