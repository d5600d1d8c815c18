import { describe, expect, it } from 'vitest'
import type { Role } from '@/db/schema'
import { can, PERMISSIONS, type Permission, type Viewer } from './permissions'

const person = (role: Role, id = `${role}-id`): Viewer => ({ id, name: role, email: `${role}@kiosque.test`, role, locale: 'fr' })
const admin = person('admin')
const editor = person('editor')
const journalist = person('journalist')
const moderator = person('moderator')

// Every role × every action: a new role or permission is new rows, and the diff shows who gained what.
const expected: Record<Permission, [anonymous: boolean, admin: boolean, editor: boolean, journalist: boolean, moderator: boolean]> = {
  'comment.create': [true, true, true, true, true],
  'auth.signIn': [true, true, true, true, true],
  'dashboard.view': [false, true, true, true, true],
  'article.create': [false, true, true, true, false],
  'article.edit': [false, true, true, true, false],
  'article.editAny': [false, true, true, false, false],
  'article.submit': [false, true, true, true, false],
  'article.publish': [false, true, true, false, false],
  'article.delete': [false, true, true, false, false],
  'media.upload': [false, true, true, true, false],
  'media.delete': [false, true, true, false, false],
  'comment.moderate': [false, true, true, false, true],
  'comment.settings': [false, true, false, false, false],
  'taxonomy.manage': [false, true, true, false, false],
  'user.manage': [false, true, false, false, false],
  'audit.view': [false, true, false, false, false],
}

describe('can', () => {
  it('has a row for every permission', () => {
    expect(Object.keys(expected).sort()).toEqual([...PERMISSIONS].sort())
  })

  const viewers = [null, admin, editor, journalist, moderator] as const
  it.each(PERMISSIONS.flatMap((action) => viewers.map((viewer, i) => [viewer?.role ?? 'anonymous', action, viewer, expected[action][i]] as const)))(
    '%s may %s: %#',
    (_label, action, viewer, allowed) => {
      expect(can(viewer, action)).toBe(allowed)
    },
  )

  it.each([
    [journalist, 'article.edit', { authorId: journalist.id }, true],
    [journalist, 'article.edit', { authorId: 'someone-else' }, false],
    [journalist, 'article.submit', { authorId: 'someone-else' }, false],
    [journalist, 'article.publish', { authorId: journalist.id }, false],
    [editor, 'article.edit', { authorId: 'someone-else' }, true],
    [moderator, 'article.edit', { authorId: moderator.id }, false],
  ] as const)('%o may %s %o: %s', (viewer, action, article, allowed) => {
    expect(can(viewer, action, article)).toBe(allowed)
  })
})
