import 'server-only'
import { findArticleAuthor } from '@/db/queries/articles-dashboard'
import { recordScreen, recordStatus, type RecordStatus } from './dashboard-records'
import type { Viewer } from './permissions'

/**
 * The status a dashboard address answers this person where it depends on the record (lib/dashboard-records.ts).
 * Other addresses, and signed-out visitors (the page sends them to sign in), are 200: the page answers for itself.
 */
export async function dashboardStatus(viewer: Viewer | null, pathname: string): Promise<RecordStatus> {
  const screen = recordScreen(pathname)
  if (!screen || !viewer) return 200
  return recordStatus(viewer, screen.permission, await findArticleAuthor(screen.id))
}
