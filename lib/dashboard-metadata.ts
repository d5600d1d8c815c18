import 'server-only'
import type { Metadata } from 'next'
import { defaultLocale } from './i18n/config'
import { getDictionary, type Dictionary } from './i18n/dictionaries'
import { getViewer } from './session'

export type DashboardPage = keyof Dictionary['dashboard']['pageTitles']

/** A dashboard page's tab title, in the viewer's language: "Articles · Kiosque — rédaction". */
export async function dashboardMetadata(page: DashboardPage): Promise<Metadata> {
  const t = getDictionary((await getViewer())?.locale ?? defaultLocale)
  return { title: `${t.dashboard.pageTitles[page]} · ${t.common.siteName} — ${t.dashboard.newsroom}` }
}
