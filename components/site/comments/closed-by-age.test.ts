import { afterEach, describe, expect, it, vi } from 'vitest'
import * as nextCache from 'next/cache'
import { ClosedByAgeNotice } from './closed-by-age'

describe('ClosedByAgeNotice', () => {
  afterEach(() => vi.restoreAllMocks())

  it('says nothing before the closing date, and keeps that answer only until then', async () => {
    const life = vi.spyOn(nextCache, 'cacheLife')
    const closesAt = new Date(Date.now() + 2 * 86_400_000).toISOString()
    expect(await ClosedByAgeNotice({ closesAt, text: 'Fermé' })).toBeNull()
    const profile = life.mock.calls[0]?.[0] as unknown as { revalidate: number }
    expect(profile.revalidate).toBeGreaterThan(2 * 86_400 - 60)
    expect(profile.revalidate).toBeLessThanOrEqual(2 * 86_400)
  })

  it('never asks to be rendered again sooner than five minutes or later than thirty days', async () => {
    const life = vi.spyOn(nextCache, 'cacheLife')
    await ClosedByAgeNotice({ closesAt: new Date(Date.now() + 10_000).toISOString(), text: 'Fermé' })
    await ClosedByAgeNotice({ closesAt: new Date(Date.now() + 400 * 86_400_000).toISOString(), text: 'Fermé' })
    expect(life.mock.calls.map(([profile]) => (profile as unknown as { revalidate: number }).revalidate)).toEqual([300, 30 * 86_400])
  })

  it('renders the closed notice, marked for the CSS that hides the form, once the date has passed', async () => {
    const notice = await ClosedByAgeNotice({ closesAt: new Date(Date.now() - 1000).toISOString(), text: 'Fermé' })
    expect(notice?.props).toMatchObject({ 'data-comments-closed': true, children: 'Fermé' })
  })
})
