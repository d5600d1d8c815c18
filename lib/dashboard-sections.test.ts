import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ROLES } from '@/db/schema'
import { mayOpen, sectionPermission } from './dashboard-sections'

describe('dashboard sections', () => {
  it('asks the most specific section’s permission', () => {
    expect(sectionPermission('/dashboard')).toBe('dashboard.view')
    expect(sectionPermission('/dashboard/users')).toBe('user.manage')
    expect(sectionPermission('/dashboard/users/8f3c')).toBe('user.manage')
    expect(sectionPermission('/dashboard/users/audit')).toBe('audit.view')
    expect(sectionPermission('/dashboard/articles/new')).toBe('article.create')
    expect(sectionPermission('/dashboard/settings/comments')).toBe('comment.settings')
    expect(sectionPermission('/dashboard/usersx')).toBe('dashboard.view') // a prefix of a name is not the section
    expect(sectionPermission('/fr/dashboard')).toBeNull()
  })

  it('opens each screen to the roles the newsroom expects', () => {
    const open = (path: string) => ROLES.filter((role) => mayOpen(role, path))
    expect(open('/dashboard')).toEqual([...ROLES])
    expect(open('/dashboard/users')).toEqual(['admin'])
    expect(open('/dashboard/articles/new').sort()).toEqual(['admin', 'editor', 'journalist'])
    expect(open('/dashboard/comments').sort()).toEqual(['admin', 'editor', 'moderator'])
    expect(open('/dashboard/categories').sort()).toEqual(['admin', 'editor'])
  })

  // The proxy answers from the table, the page from its own requirePermission(): they must name the same permission.
  const pages = readdirSync('app/dashboard', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('page.tsx'))
    .map((file) => `app/dashboard/${file}`)
  it.each(pages)('agrees with the permission %s asks for', (file) => {
    const asked = readFileSync(file, 'utf8').match(/requirePermission\('([a-zA-Z.]+)'/)?.[1] ?? 'dashboard.view'
    const route = `/${file.replace(/\/page\.tsx$/, '').replace(/\[(\w+)\]/g, 'x')}`.replace('/app', '')
    expect(sectionPermission(route)).toBe(asked)
  })
})
