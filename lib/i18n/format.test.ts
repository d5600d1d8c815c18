import { describe, expect, it } from 'vitest'
import { formatRelative } from './format'

const now = new Date('2026-11-25T12:00:00Z')
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000)

describe('formatRelative with a fixed clock', () => {
  it.each([
    ['fr', 2 * 3600, 'il y a 2 heures'],
    ['en', 2 * 3600, '2 hours ago'],
    ['fr', 86_400, 'hier'],
    ['en', 86_400, 'yesterday'],
    ['en', 5 * 60, '5 minutes ago'],
    ['fr', 3 * 7 * 86_400, 'il y a 3 semaines'],
    ['en', 10, '10 seconds ago'],
  ] as const)('%s, %i s ago → %s', (locale, seconds, expected) => {
    expect(formatRelative(ago(seconds), now, locale)).toBe(expected)
  })

  it('speaks Arabic with Intl’s own plural forms', () => {
    const twoHours = formatRelative(ago(2 * 3600), now, 'ar')
    expect(twoHours).toMatch(/ساعت/)
    expect(twoHours).not.toMatch(/hour/)
  })

  it('handles the future (scheduled articles)', () => {
    expect(formatRelative(new Date(now.getTime() + 3 * 3600 * 1000), now, 'en')).toBe('in 3 hours')
  })
})
