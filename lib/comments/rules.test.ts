import { describe, expect, it } from 'vitest'
import {
  areCommentsClosed,
  checkLength,
  countLinks,
  decideComment,
  findActiveBan,
  findListedWord,
  isEmailListed,
  isHoneypotFilled,
  isIpListed,
  isTooFast,
  normalizeForDuplicate,
  type CommentFacts,
} from './rules'
import { DEFAULT_COMMENT_SETTINGS, parseCommentSettings, parseList } from './settings'

const now = new Date('2026-11-26T12:00:00Z')
const facts = (overrides: Partial<CommentFacts> = {}): CommentFacts => ({
  body: 'Merci pour cet article très clair.',
  email: 'reader@example.org',
  ip: '203.0.113.9',
  honeypot: '',
  renderedAt: new Date(now.getTime() - 60_000),
  now,
  staff: false,
  activeBan: null,
  retryAfterSeconds: null,
  duplicate: false,
  hasApprovedBefore: true,
  ...overrides,
})
const settings = { ...DEFAULT_COMMENT_SETTINGS }

describe('honeypot', () => {
  it.each([
    ['', false],
    ['   ', false],
    [null, false],
    [undefined, false],
    ['http://spam.example', true],
  ])('%o filled: %s', (value, expected) => expect(isHoneypotFilled(value)).toBe(expected))
})

describe('minimum fill time', () => {
  it('is too fast under the minimum and fine from it on', () => {
    expect(isTooFast(new Date(now.getTime() - 2_999), now, 3)).toBe(true)
    expect(isTooFast(new Date(now.getTime() - 3_000), now, 3)).toBe(false)
    expect(isTooFast(now, now, 0)).toBe(false)
  })
})

describe('length limits', () => {
  it('counts characters as people do (an emoji is one) after trimming', () => {
    expect(checkLength('  a ', { minLength: 2, maxLength: 10 })).toBe('tooShort')
    expect(checkLength('👍🏽', { minLength: 2, maxLength: 10 })).toBeNull()
    expect(checkLength('x'.repeat(11), { minLength: 2, maxLength: 10 })).toBe('tooLong')
    expect(checkLength('x'.repeat(10), { minLength: 2, maxLength: 10 })).toBeNull()
  })
})

describe('link count', () => {
  it('counts http(s) and www links', () => {
    expect(countLinks('see https://a.example and http://b.example/x?y=1 or www.c.example')).toBe(3)
    expect(countLinks('no links here, just a.b')).toBe(0)
  })
})

describe('word lists', () => {
  it('matches whole words and phrases, ignoring case and accents', () => {
    expect(findListedWord('Gagnez au CASINÒ ce soir', ['casino'])).toBe('casino')
    expect(findListedWord('cheap viagra pills', ['viagra pills'])).toBe('viagra pills')
    expect(findListedWord('occasionnel', ['casino', 'cas'])).toBeNull()
    expect(findListedWord('anything', [])).toBeNull()
  })
})

describe('block lists', () => {
  it('blocks emails by address or domain (and subdomains)', () => {
    expect(isEmailListed('Bot@Spam.example', ['bot@spam.example'])).toBe(true)
    expect(isEmailListed('x@mail.spam.example', ['@spam.example'])).toBe(true)
    expect(isEmailListed('x@spam.example', ['spam.example'])).toBe(true)
    expect(isEmailListed('x@notspam.example', ['@spam.example'])).toBe(false)
    expect(isEmailListed('other@spam.example', ['bot@spam.example'])).toBe(false)
  })
  it('blocks single IPs and CIDR ranges, v4 and v6', () => {
    expect(isIpListed('203.0.113.9', ['203.0.113.9'])).toBe(true)
    expect(isIpListed('203.0.113.200', ['203.0.113.0/24'])).toBe(true)
    expect(isIpListed('203.0.114.1', ['203.0.113.0/24'])).toBe(false)
    expect(isIpListed('2001:db8::1', ['2001:db8::/32'])).toBe(true)
    expect(isIpListed('2001:db9::1', ['2001:db8::/32'])).toBe(false)
    expect(isIpListed('::ffff:203.0.113.9', ['203.0.113.0/24'])).toBe(true)
    expect(isIpListed('203.0.113.9', ['not an ip', '203.0.113.0/33'])).toBe(false)
  })
})

describe('duplicates', () => {
  it('ignores case and spacing', () => {
    expect(normalizeForDuplicate('  Merci   pour\n\ncet ARTICLE ')).toBe(normalizeForDuplicate('merci pour cet article'))
  })
})

describe('bans', () => {
  const ban = (overrides = {}) => ({ email: 'troll@example.org', ip: null, reason: 'Insultes', shadow: false, expiresAt: null, ...overrides })
  it('applies by email or address range, and stops at expiry', () => {
    expect(findActiveBan([ban()], 'TROLL@example.org', '198.51.100.1', now)).not.toBeNull()
    expect(findActiveBan([ban({ email: null, ip: '198.51.100.0/24' })], 'a@b.c', '198.51.100.77', now)).not.toBeNull()
    expect(findActiveBan([ban({ expiresAt: new Date(now.getTime() - 1) })], 'troll@example.org', '1.2.3.4', now)).toBeNull()
    expect(findActiveBan([ban({ expiresAt: new Date(now.getTime() + 1000) })], 'troll@example.org', '1.2.3.4', now)).not.toBeNull()
    expect(findActiveBan([ban()], 'someone@example.org', '1.2.3.4', now)).toBeNull()
  })
})

describe('closing', () => {
  it('closes by hand or N days after publication', () => {
    const publishedAt = new Date(now.getTime() - 10 * 86_400_000)
    expect(areCommentsClosed({ commentsOpen: false, publishedAt }, 0, now)).toBe(true)
    expect(areCommentsClosed({ commentsOpen: true, publishedAt }, 0, now)).toBe(false)
    expect(areCommentsClosed({ commentsOpen: true, publishedAt }, 14, now)).toBe(false)
    expect(areCommentsClosed({ commentsOpen: true, publishedAt }, 7, now)).toBe(true)
  })
})

describe('decideComment', () => {
  it('approves a known commenter with a clean comment', () => {
    expect(decideComment(facts(), settings)).toEqual({ kind: 'accept', status: 'approved', shadow: false, reason: null })
  })
  it('holds a first-time commenter, and auto-approves a known email', () => {
    expect(decideComment(facts({ hasApprovedBefore: false }), settings)).toMatchObject({ status: 'pending', reason: 'firstTime' })
    expect(decideComment(facts({ hasApprovedBefore: false }), { ...settings, holdFirstTime: false })).toMatchObject({ status: 'approved' })
  })
  it('holds too many links, hold words, everything when asked, and posts without a token', () => {
    expect(decideComment(facts({ body: 'http://a.example http://b.example http://c.example' }), settings)).toMatchObject({ status: 'pending', reason: 'tooManyLinks' })
    expect(decideComment(facts({ body: 'Parlons de politique' }), { ...settings, holdWords: ['politique'] })).toMatchObject({ reason: 'holdWord' })
    expect(decideComment(facts(), { ...settings, holdAll: true })).toMatchObject({ reason: 'holdAll' })
    expect(decideComment(facts({ renderedAt: null }), settings)).toMatchObject({ status: 'pending', reason: 'noToken' })
  })
  it('sends block-list hits and honeypots to spam (stored, never lost)', () => {
    expect(decideComment(facts({ honeypot: 'x' }), settings)).toMatchObject({ status: 'spam', reason: 'honeypot' })
    expect(decideComment(facts({ body: 'casino gratuit' }), { ...settings, blockWords: ['casino'] })).toMatchObject({ status: 'spam', reason: 'blockedWord' })
    expect(decideComment(facts(), { ...settings, blockEmails: ['@example.org'] })).toMatchObject({ status: 'spam', reason: 'blockedEmail' })
    expect(decideComment(facts(), { ...settings, blockIps: ['203.0.113.0/24'] })).toMatchObject({ status: 'spam', reason: 'blockedIp' })
  })
  it('refuses with a reason the reader can act on', () => {
    expect(decideComment(facts({ body: 'a' }), settings)).toMatchObject({ kind: 'reject', error: 'comments.errors.tooShort', status: 422 })
    expect(decideComment(facts({ body: 'x'.repeat(5001) }), settings)).toMatchObject({ error: 'comments.errors.tooLong' })
    expect(decideComment(facts({ renderedAt: new Date(now.getTime() - 500) }), settings)).toMatchObject({ error: 'comments.errors.tooFast' })
    expect(decideComment(facts({ retryAfterSeconds: 12 }), settings)).toMatchObject({ error: 'comments.errors.rateLimited', values: { seconds: 12 }, status: 429 })
    expect(decideComment(facts({ duplicate: true }), settings)).toMatchObject({ error: 'comments.errors.duplicate', status: 409 })
  })
  it('refuses a banned commenter with the reason and end date; a shadow ban looks accepted', () => {
    const until = new Date('2027-01-01T00:00:00Z')
    expect(decideComment(facts({ activeBan: { email: 'reader@example.org', ip: null, reason: 'Spam', shadow: false, expiresAt: until } }), settings)).toMatchObject({
      error: 'comments.errors.bannedUntil',
      values: { reason: 'Spam', until: until.toISOString() },
      status: 403,
    })
    expect(decideComment(facts({ activeBan: { email: 'reader@example.org', ip: null, reason: 'Spam', shadow: false, expiresAt: null } }), settings)).toMatchObject({ error: 'comments.errors.banned' })
    expect(decideComment(facts({ activeBan: { email: 'reader@example.org', ip: null, reason: 'x', shadow: true, expiresAt: null } }), settings)).toEqual({ kind: 'accept', status: 'spam', shadow: true, reason: 'shadowBan' })
  })
  it('lets staff post straight away, length limits aside', () => {
    expect(decideComment(facts({ staff: true, hasApprovedBefore: false, renderedAt: null, honeypot: 'x' }), settings)).toMatchObject({ status: 'approved' })
    expect(decideComment(facts({ staff: true, body: '' }), settings)).toMatchObject({ kind: 'reject' })
  })
})

describe('settings', () => {
  it('falls back to defaults for anything missing or invalid', () => {
    expect(parseCommentSettings(null)).toEqual(DEFAULT_COMMENT_SETTINGS)
    expect(parseCommentSettings({ floodSeconds: 30, maxLinks: 'many' })).toMatchObject({ floodSeconds: 30, maxLinks: 2 })
    expect(parseList(' Casino \n\ncasino\nPoker\r\n')).toEqual(['casino', 'poker'])
  })
})
