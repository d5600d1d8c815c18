// Who may do what: one pure function, no request, no database. Tested as a table in permissions.test.ts.
import type { Role } from '@/db/schema'

export type Viewer = { id: string; name: string; email: string; role: Role; locale: 'fr' | 'en' | 'ar' }

export const PERMISSIONS = [
  'comment.create',
  'auth.signIn',
  'dashboard.view',
  'article.create',
  'article.edit',
  'article.editAny',
  'article.submit',
  'article.publish',
  'article.delete',
  'media.upload',
  'media.delete',
  'comment.moderate',
  'comment.settings',
  'taxonomy.manage',
  'user.manage',
  'audit.view',
] as const
export type Permission = (typeof PERMISSIONS)[number]

type OwnedResource = { authorId: string }

/** Who is asking: a role is enough for "may they ever?"; the id answers "is it theirs?". */
type Asker = Pick<Viewer, 'role'> & Partial<Pick<Viewer, 'id'>>

const isEditor = (viewer: Asker) => viewer.role === 'editor' || viewer.role === 'admin'

/**
 * Without a resource: "may this person ever do this?" (the action factory's gate).
 * With one: "may they do it to this?". Ownership is also enforced in the SQL WHERE clause (db/queries).
 */
export function can(viewer: Asker | null, action: Permission, resource?: OwnedResource): boolean {
  if (action === 'comment.create' || action === 'auth.signIn') return true // readers need no account
  if (!viewer) return false
  const owns = !resource || resource.authorId === viewer.id
  switch (action) {
    case 'dashboard.view':
      return true
    case 'article.create':
    case 'media.upload':
      return isEditor(viewer) || viewer.role === 'journalist'
    case 'article.edit':
    case 'article.submit':
      return isEditor(viewer) || (viewer.role === 'journalist' && owns)
    case 'article.editAny':
    case 'article.publish':
    case 'article.delete':
    case 'media.delete':
    case 'taxonomy.manage':
      return isEditor(viewer)
    case 'comment.moderate':
      return isEditor(viewer) || viewer.role === 'moderator'
    case 'comment.settings':
    case 'user.manage':
    case 'audit.view':
      return viewer.role === 'admin'
  }
}
