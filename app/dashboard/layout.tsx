import type { Metadata } from 'next'
import Link from 'next/link'
import { LanguageForm } from '@/components/dashboard/language-form'
import { dashboardMetadata } from '@/lib/dashboard-metadata'
import { direction } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { DASHBOARD_SECTIONS } from '@/lib/dashboard-sections'
import { can } from '@/lib/permissions'
import { requireUser } from '@/lib/session'
import { SignOutButton } from '@/components/dashboard/sign-out-button'
import '../globals.css'

// Per-request by nature (who is signed in): rendered on demand, never prerendered.
export const instant = false

// Each page names itself (dashboardMetadata); this is the title of any page that does not.
export async function generateMetadata(): Promise<Metadata> {
  return { ...(await dashboardMetadata('home')), robots: { index: false } }
}

// Not prefetched: a prefetch still in flight when someone signs out comes back with a refreshed session cookie
// (Auth.js rolls it on every request through the proxy) and signs them in again.
const NAV = DASHBOARD_SECTIONS.flatMap(({ path, permission, nav }) => (nav ? [{ path, permission, nav }] : []))

export default async function DashboardLayout({ children }: LayoutProps<'/dashboard'>) {
  const viewer = await requireUser()
  const t = getDictionary(viewer.locale)
  return (
    <html lang={viewer.locale} dir={direction(viewer.locale)}>
      <body className="min-h-screen bg-gray-50 font-sans antialiased">
        <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3">
          {t.common.skipToContent}
        </a>
        <header className="border-b border-gray-200 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
            <Link href="/dashboard" prefetch={false} className="font-serif text-xl font-bold">
              {t.common.siteName} · {t.dashboard.title}
            </Link>
            <div className="flex flex-wrap items-end gap-4 text-sm">
              <LanguageForm t={t} locale={viewer.locale} />
              <span>
                {viewer.name} ({t.dashboard.roles[viewer.role]})
              </span>
              <SignOutButton label={t.auth.signOut} />
            </div>
          </div>
          <nav aria-label={t.dashboard.navigation} className="mx-auto max-w-7xl px-4">
            <ul className="flex flex-wrap gap-4 pb-2 text-sm">
              {NAV.filter((section) => can(viewer, section.permission)).map((section) => (
                <li key={section.path}>
                  <Link href={section.path} prefetch={false} className="hover:underline">
                    {t.dashboard.nav[section.nav]}
                  </Link>
                </li>
              ))}
              <li>
                <Link href={`/${viewer.locale}`} className="hover:underline">
                  {t.dashboard.nav.viewSite}
                </Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="content" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  )
}
