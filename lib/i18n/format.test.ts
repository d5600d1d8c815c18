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
    ['en', 10, 'now'],
    ['fr', 10, 'maintenant'],
    ['fr', -26, 'maintenant'], // a story published a few seconds "ahead" of the reader's clock
  ] as const)('%s, %i s ago → %s', (locale, seconds, expected) => {
    expect(formatRelative(ago(seconds), now, locale)).toBe(expected)
  })

  it('speaks Arabic with Intl’s own plural forms', () => {
    const twoHours = formatRelative(ago(2 * 3600), now, 'ar')
    expect(twoHours).toMatch(/ساعت/)
    expect(twoHours).not.toMatch(/hour/)
  })

  it('counts calendar days in the newsroom’s time zone, not periods of 24 hours', () => {
    const at = (iso: string) => new Date(iso)
    // 26 November, 10:25 in Paris; published 24 November at 23:19 in Paris (35 hours earlier): the day before yesterday.
    expect(formatRelative(at('2026-11-24T22:19:00Z'), at('2026-11-26T09:25:00Z'), 'fr')).toBe('avant-hier')
    // Published 25 November at 00:19 in Paris (23:19 UTC on the 24th), 34 hours earlier: yesterday.
    expect(formatRelative(at('2026-11-24T23:19:00Z'), at('2026-11-26T09:25:00Z'), 'en')).toBe('yesterday')
  })

  it('handles the future (scheduled articles)', () => {
    expect(formatRelative(new Date(now.getTime() + 3 * 3600 * 1000), now, 'en')).toBe('in 3 hours')
  })
})
