import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ROLES } from '@/db/schema'
import { dependsOnRecord, recordScreen, recordStatus } from './dashboard-records'

const id = '0b5cbe4e-8d51-4c2a-9f0e-3c7a1d2e4f60'

describe('dashboard record screens', () => {
  it('names the article behind the editor, its preview and its revisions, and nothing else', () => {
    for (const path of [`/dashboard/articles/${id}`, `/dashboard/articles/${id}/preview`, `/dashboard/articles/${id}/revisions`]) {
      expect(recordScreen(path), path).toEqual({ kind: 'article', id, permission: 'article.edit' })
    }
    for (const path of ['/dashboard/articles', '/dashboard/articles/new', `/dashboard/articles/${id}/lock`, `/dashboard/articles/${id}/other`, '/dashboard/articles/not-an-id', `/fr/articles/${id}`]) {
      expect(recordScreen(path), path).toBeNull()
    }
  })

  it('asks for a lookup only where the role’s answer depends on whose article it is', () => {
    expect(ROLES.filter((role) => dependsOnRecord(role, 'article.edit'))).toEqual(['journalist'])
    expect(ROLES.filter((role) => dependsOnRecord(role, 'user.manage'))).toEqual([])
  })

  it.each([
    ['journalist', 'me', { authorId: 'me' }, 200],
    ['journalist', 'me', { authorId: 'someone-else' }, 403],
    ['journalist', 'me', null, 404],
    ['editor', 'me', { authorId: 'someone-else' }, 200],
    ['admin', 'me', null, 404],
    ['moderator', 'me', { authorId: 'me' }, 403],
  ] as const)('%s (%s) opening an article by %o: %i', (role, viewerId, article, expected) => {
    expect(recordStatus({ role, id: viewerId }, 'article.edit', article)).toBe(expected)
  })

  // The proxy answers from recordScreen, the page from its own requireRecord(): they must name the same permission.
  const pages = readdirSync('app/dashboard', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('page.tsx'))
    .map((file) => `app/dashboard/${file}`)
  it.each(pages)('agrees with the record %s refuses on', (file) => {
    const asked = readFileSync(file, 'utf8').match(/requireRecord\(viewer, '([a-zA-Z.]+)'/)?.[1] ?? null
    const route = `/${file.replace(/\/page\.tsx$/, '').replace(/\[id\]/g, id)}`.replace('/app', '')
    expect(recordScreen(route)?.permission ?? null).toBe(asked)
  })
})
