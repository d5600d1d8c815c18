// The newsroom's screens and the permission each one asks for. With Cache Components a page streams from a shell
// that has already answered 200 by the time its own check runs, so proxy.ts answers 403 from this table first
// (from the role in the session token, no database); the page checks again against the database and renders the
// 403 page. The dashboard's navigation lists the same sections, so a link is shown exactly when it can be opened.
import { can, type Permission, type Viewer } from './permissions'

export type DashboardSection = { path: string; permission: Permission; nav?: 'home' | 'articles' | 'media' | 'comments' | 'categories' | 'users' }

export const DASHBOARD_SECTIONS: readonly DashboardSection[] = [
  { path: '/dashboard', permission: 'dashboard.view', nav: 'home' },
  { path: '/dashboard/articles', permission: 'article.create', nav: 'articles' },
  { path: '/dashboard/media', permission: 'media.upload', nav: 'media' },
  { path: '/dashboard/comments', permission: 'comment.moderate', nav: 'comments' },
  { path: '/dashboard/categories', permission: 'taxonomy.manage', nav: 'categories' },
  { path: '/dashboard/users', permission: 'user.manage', nav: 'users' },
  { path: '/dashboard/users/audit', permission: 'audit.view' },
  { path: '/dashboard/settings/comments', permission: 'comment.settings' },
]

const within = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`)

/** The permission a dashboard address asks for: that of its most specific section (null outside the dashboard). */
export function sectionPermission(pathname: string): Permission | null {
  let found: DashboardSection | null = null
  for (const section of DASHBOARD_SECTIONS) {
    if (within(pathname, section.path) && (!found || section.path.length > found.path.length)) found = section
  }
  return found?.permission ?? null
}

/** May someone with this role open this address? Resource rules (whose article it is) are the page's to check. */
export function mayOpen(role: Viewer['role'], pathname: string): boolean {
  const permission = sectionPermission(pathname)
  return permission === null || can({ role }, permission)
}
