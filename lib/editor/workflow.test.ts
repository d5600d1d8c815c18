import { describe, expect, it } from 'vitest'
import { ARTICLE_STATUSES, type Role } from '@/db/schema'
import type { Viewer } from '@/lib/permissions'
import { availableTransitions, canEditContent, canTransition, type ArticleStatus, type Transition } from './workflow'

const person = (role: Role): Viewer => ({ id: `${role}-id`, name: role, email: `${role}@kiosque.test`, role, locale: 'fr' })
const roles = ['admin', 'editor', 'journalist', 'moderator'] as const

// For each transition: the statuses it starts from, and who may make it on their OWN article and on SOMEONE ELSE's.
const table: Record<Transition, { from: ArticleStatus[]; own: Role[]; others: Role[] }> = {
  submit: { from: ['draft'], own: ['admin', 'editor', 'journalist'], others: ['admin', 'editor'] },
  recall: { from: ['in_review'], own: ['journalist'], others: [] },
  withdraw: { from: ['in_review'], own: ['admin', 'editor'], others: ['admin', 'editor'] },
  publish: { from: ['draft', 'in_review', 'scheduled'], own: ['admin', 'editor'], others: ['admin', 'editor'] },
  schedule: { from: ['draft', 'in_review', 'scheduled'], own: ['admin', 'editor'], others: ['admin', 'editor'] },
  unpublish: { from: ['published', 'scheduled'], own: ['admin', 'editor'], others: ['admin', 'editor'] },
  archive: { from: ['published'], own: ['admin', 'editor'], others: ['admin', 'editor'] },
  reopen: { from: ['archived'], own: ['admin', 'editor'], others: ['admin', 'editor'] },
}

describe('workflow transitions, every role × every status × own/other article', () => {
  for (const [transition, rule] of Object.entries(table) as [Transition, (typeof table)[Transition]][]) {
    for (const role of roles) {
      for (const status of ARTICLE_STATUSES) {
        const viewer = person(role)
        const fromOk = rule.from.includes(status)
        it(`${role} ${transition} own ${status}: ${fromOk && rule.own.includes(role)}`, () => {
          expect(canTransition(viewer, transition, { authorId: viewer.id, status })).toBe(fromOk && rule.own.includes(role))
        })
        it(`${role} ${transition} other's ${status}: ${fromOk && rule.others.includes(role)}`, () => {
          expect(canTransition(viewer, transition, { authorId: 'someone-else', status })).toBe(fromOk && rule.others.includes(role))
        })
      }
    }
  }

  it('nobody signed out may move an article', () => {
    for (const transition of Object.keys(table) as Transition[]) {
      expect(canTransition(null, transition, { authorId: 'x', status: 'draft' })).toBe(false)
    }
  })

  it('offers a journalist only "submit" on their draft, and nothing on a published article', () => {
    const journalist = person('journalist')
    expect(availableTransitions(journalist, { authorId: journalist.id, status: 'draft' })).toEqual(['submit'])
    expect(availableTransitions(journalist, { authorId: journalist.id, status: 'published' })).toEqual([])
    expect(availableTransitions(person('editor'), { authorId: 'x', status: 'published' })).toEqual(['unpublish', 'archive'])
  })
})

// What each role sees in the editor's workflow panel: only what they may do ("Renvoyer à l'auteur" is the desk's).
describe('buttons offered per role', () => {
  it.each([
    ['journalist', 'own', 'draft', ['submit']],
    ['journalist', 'own', 'in_review', ['recall']],
    ['journalist', 'other', 'in_review', []],
    ['moderator', 'own', 'in_review', []],
    ['editor', 'other', 'in_review', ['withdraw', 'publish', 'schedule']],
    ['editor', 'own', 'in_review', ['withdraw', 'publish', 'schedule']],
    ['admin', 'other', 'in_review', ['withdraw', 'publish', 'schedule']],
    ['editor', 'other', 'draft', ['submit', 'publish', 'schedule']],
  ] as const)('%s on %s %s article: %o', (role, whose, status, expected) => {
    const viewer = person(role)
    expect(availableTransitions(viewer, { authorId: whose === 'own' ? viewer.id : 'someone-else', status })).toEqual(expected)
  })
})

describe('who may change the content', () => {
  it.each([
    ['journalist', 'own', 'draft', true],
    ['journalist', 'own', 'in_review', false],
    ['journalist', 'own', 'published', false],
    ['journalist', 'other', 'draft', false],
    ['moderator', 'own', 'draft', false],
    ['editor', 'other', 'published', true],
    ['admin', 'other', 'archived', true],
  ] as const)('%s editing %s %s article: %s', (role, whose, status, expected) => {
    const viewer = person(role)
    expect(canEditContent(viewer, { authorId: whose === 'own' ? viewer.id : 'someone-else', status })).toBe(expected)
  })
})
