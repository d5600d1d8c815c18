// The comment defences as pure functions: no request, no database, no clock. submit.ts gathers the facts
// (settings, bans, history, limits) and decideComment() turns them into one outcome. Each rule is unit-tested.
import type { MessageKey } from '@/lib/i18n/dictionaries'
import { ipMatches } from './ip'
import type { CommentSettings } from './settings'

/** The honeypot is a field people never see; browsers' autofill can still fill it, so it sends to spam, never drops. */
export function isHoneypotFilled(value: string | undefined | null): boolean {
  return typeof value === 'string' && value.trim() !== ''
}

/** Posted sooner after the form was rendered than a person could have typed anything. */
export function isTooFast(renderedAt: Date, now: Date, minFillSeconds: number): boolean {
  return now.getTime() - renderedAt.getTime() < minFillSeconds * 1000
}

/** Characters as people count them (an emoji is one), after trimming. */
export function visibleLength(text: string): number {
  return [...text.trim()].length
}

export type LengthProblem = 'tooShort' | 'tooLong' | null
export function checkLength(body: string, settings: Pick<CommentSettings, 'minLength' | 'maxLength'>): LengthProblem {
  const length = visibleLength(body)
  if (length < settings.minLength) return 'tooShort'
  if (length > settings.maxLength) return 'tooLong'
  return null
}

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi
export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0
}

/** Case- and accent-insensitive, so "CASINO" and "casinò" both match "casino". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The first list entry found in the text (as a word or phrase), or null. */
export function findListedWord(text: string, words: readonly string[]): string | null {
  const haystack = ` ${foldText(text).replace(/[^\p{L}\p{N}@.]+/gu, ' ')} `
  for (const word of words) {
    const needle = foldText(word).replace(/[^\p{L}\p{N}@.]+/gu, ' ').trim()
    if (needle && haystack.includes(` ${needle} `)) return word
  }
  return null
}

/** Block-list entries are full addresses ("x@y.com") or whole domains ("@spam.example" or "spam.example"). */
export function isEmailListed(email: string, entries: readonly string[]): boolean {
  const address = email.trim().toLowerCase()
  const domain = address.split('@')[1] ?? ''
  return entries.some((raw) => {
    const entry = raw.trim().toLowerCase()
    if (!entry) return false
    if (entry.includes('@') && !entry.startsWith('@')) return entry === address
    const blockedDomain = entry.replace(/^@/, '')
    return domain === blockedDomain || domain.endsWith(`.${blockedDomain}`)
  })
}

export function isIpListed(ip: string, entries: readonly string[]): boolean {
  return entries.some((entry) => ipMatches(ip, entry))
}

/** Same words on the same article: whitespace and letter case do not make a comment new. */
export function normalizeForDuplicate(body: string): string {
  return body.toLowerCase().replace(/\s+/g, ' ').trim() // the same as the SQL in db/queries/comments.ts
}

export type Ban = { email: string | null; ip: string | null; reason: string; shadow: boolean; expiresAt: Date | null }

/** The ban that applies to this email or address now; an expired ban is history, not a ban. */
export function findActiveBan<B extends Ban>(bans: readonly B[], email: string, ip: string, now: Date): B | null {
  const address = email.trim().toLowerCase()
  return (
    bans.find((ban) => {
      if (ban.expiresAt && ban.expiresAt.getTime() <= now.getTime()) return false
      const byEmail = !!ban.email && ban.email.toLowerCase() === address
      const byIp = !!ban.ip && ipMatches(ip, ban.ip)
      return byEmail || byIp
    }) ?? null
  )
}

/** Closed by hand on the article, or automatically N days after publication (0 = never). */
export function areCommentsClosed(article: { commentsOpen: boolean; publishedAt: Date | null }, closeAfterDays: number, now: Date): boolean {
  if (!article.commentsOpen) return true
  if (closeAfterDays <= 0 || !article.publishedAt) return false
  return now.getTime() - article.publishedAt.getTime() > closeAfterDays * 86_400_000
}

export type CommentFacts = {
  body: string
  email: string
  ip: string
  honeypot: string | null
  /** When the form was rendered (from its signed token); null when the token is missing or forged. */
  renderedAt: Date | null
  now: Date
  staff: boolean
  activeBan: Ban | null
  /** Seconds to wait when a rate limit is exceeded, else null. */
  retryAfterSeconds: number | null
  duplicate: boolean
  hasApprovedBefore: boolean
}

export type Decision =
  | { kind: 'reject'; error: MessageKey; values?: Record<string, string | number>; status: number }
  | { kind: 'accept'; status: 'approved' | 'pending' | 'spam'; shadow: boolean; reason: HoldReason | null }

export type HoldReason =
  | 'honeypot'
  | 'blockedWord'
  | 'blockedEmail'
  | 'blockedIp'
  | 'shadowBan'
  | 'noToken'
  | 'holdAll'
  | 'firstTime'
  | 'tooManyLinks'
  | 'holdWord'

/**
 * One outcome per post, in a fixed order: refusals the person can act on first (length, too fast, ban, rate limit,
 * duplicate), then spam, then holds. Staff posting under their account skip spam and hold rules.
 */
export function decideComment(facts: CommentFacts, settings: CommentSettings): Decision {
  const length = checkLength(facts.body, settings)
  if (length === 'tooShort') return { kind: 'reject', error: 'comments.errors.tooShort', values: { min: settings.minLength }, status: 422 }
  if (length === 'tooLong') return { kind: 'reject', error: 'comments.errors.tooLong', values: { max: settings.maxLength }, status: 422 }
  if (facts.staff) return { kind: 'accept', status: 'approved', shadow: false, reason: null }

  if (facts.renderedAt && isTooFast(facts.renderedAt, facts.now, settings.minFillSeconds)) {
    return { kind: 'reject', error: 'comments.errors.tooFast', values: { seconds: settings.minFillSeconds }, status: 422 }
  }
  const ban = facts.activeBan
  if (ban && !ban.shadow) {
    return ban.expiresAt
      ? { kind: 'reject', error: 'comments.errors.bannedUntil', values: { reason: ban.reason, until: ban.expiresAt.toISOString() }, status: 403 }
      : { kind: 'reject', error: 'comments.errors.banned', values: { reason: ban.reason }, status: 403 }
  }
  if (facts.retryAfterSeconds !== null) {
    return { kind: 'reject', error: 'comments.errors.rateLimited', values: { seconds: facts.retryAfterSeconds }, status: 429 }
  }
  if (facts.duplicate) return { kind: 'reject', error: 'comments.errors.duplicate', status: 409 }

  // Spam: stored (a moderator can rescue a false positive), never shown. A shadow ban looks published to its author.
  if (ban?.shadow) return { kind: 'accept', status: 'spam', shadow: true, reason: 'shadowBan' }
  if (isHoneypotFilled(facts.honeypot)) return { kind: 'accept', status: 'spam', shadow: false, reason: 'honeypot' }
  if (findListedWord(facts.body, settings.blockWords)) return { kind: 'accept', status: 'spam', shadow: false, reason: 'blockedWord' }
  if (isEmailListed(facts.email, settings.blockEmails)) return { kind: 'accept', status: 'spam', shadow: false, reason: 'blockedEmail' }
  if (isIpListed(facts.ip, settings.blockIps)) return { kind: 'accept', status: 'spam', shadow: false, reason: 'blockedIp' }

  const hold = (reason: HoldReason): Decision => ({ kind: 'accept', status: 'pending', shadow: false, reason })
  if (!facts.renderedAt) return hold('noToken')
  if (settings.holdAll) return hold('holdAll')
  if (countLinks(facts.body) > settings.maxLinks) return hold('tooManyLinks')
  if (findListedWord(facts.body, settings.holdWords)) return hold('holdWord')
  if (settings.holdFirstTime && !facts.hasApprovedBefore) return hold('firstTime')
  return { kind: 'accept', status: 'approved', shadow: false, reason: null }
}
