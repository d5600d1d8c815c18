// Dashboard screens whose refusal depends on the record, not only on the role: a journalist opens her own articles,
// not a colleague's. Like a section refusal (lib/dashboard-sections.ts), the page's own forbidden() comes after the
// prerendered shell has answered 200, so proxy.ts asks /api/dashboard-status first and answers the rendered page
// with its real status. Pure: the proxy imports it, and the pages refuse through recordStatus too, so both agree.
import { can, type Permission, type Viewer } from './permissions'

export type RecordScreen = { kind: 'article'; id: string; permission: Permission }

// The editor, its preview and its revisions. The pages take an id of this shape only (anything else is a 404).
const ARTICLE_SCREEN = /^\/dashboard\/articles\/([0-9a-f-]{36})(?:\/preview|\/revisions)?$/i

/** The record a dashboard address is about, and the permission opening it asks for (null for other addresses). */
export function recordScreen(pathname: string): RecordScreen | null {
  const id = ARTICLE_SCREEN.exec(pathname)?.[1]
  return id ? { kind: 'article', id, permission: 'article.edit' } : null
}

/**
 * Whether this role's answer depends on whose record it is. Only then is a lookup worth a request: editors open
 * every article, and a role refused the section is refused by the section table already.
 */
export function dependsOnRecord(role: Viewer['role'], permission: Permission): boolean {
  return can({ role }, permission) && !can({ role, id: 'viewer' }, permission, { authorId: 'someone-else' })
}

export type RecordStatus = 200 | 403 | 404

/** What a record screen answers this person: the page's notFound() and forbidden(), as a status. */
export function recordStatus(viewer: Pick<Viewer, 'id' | 'role'>, permission: Permission, record: { authorId: string } | null): RecordStatus {
  if (!record) return 404
  return can(viewer, permission, record) ? 200 : 403
}
