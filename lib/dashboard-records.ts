// Dashboard screens whose refusal depends on the record, not only on the role: a journalist opens her own articles,
// not a colleague's. The page's forbidden() (experimental.authInterrupts, app/dashboard/forbidden.tsx) draws the 403
// page but cannot set the status: under Cache Components every dashboard route, even a fully dynamic one, is served
// by resuming a postponed prerender, and Next 16.4.6 sends the headers (200) before the resumed render has run
// (resumeRender in next/dist/build/templates/app-page-runtime.js; vercel/next.js#95561 would await it). So, as for a
// section refusal (lib/dashboard-sections.ts), proxy.ts decides first, here through /api/dashboard-status, and answers
// the rendered page with its real status. Pure: the proxy imports it, and the pages refuse through recordStatus too.
import { can, type Permission, type Viewer } from './permissions'

export type RecordScreen = { kind: 'article'; id: string; permission: Permission }

// The editor, its preview and its revisions. The pages take an id of this shape only (anything else is a 404).
const ARTICLE_ID = '[0-9a-f-]{36}'
const ARTICLE_SCREEN = new RegExp(`^/dashboard/articles/(${ARTICLE_ID})(?:/preview|/revisions)?$`, 'i')
const ARTICLE_ID_ONLY = new RegExp(`^${ARTICLE_ID}$`, 'i')

/** Whether a dashboard address's article id has the shape of one: anything else is a 404 without a query. */
export function isArticleId(id: string): boolean {
  return ARTICLE_ID_ONLY.test(id)
}

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
