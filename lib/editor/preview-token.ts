import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { appSecret } from '@/lib/secret'

// A shareable preview link: the article id and an expiry, signed with the app's secret. Nothing is stored, so a
// link cannot be revoked early; it simply stops working when it expires.
export const PREVIEW_TTL_MS = 48 * 3_600_000

const sign = (payload: string) => createHmac('sha256', appSecret()).update(`preview:${payload}`).digest('base64url')

export function createPreviewToken(articleId: string, now = new Date()): string {
  const payload = `${articleId}.${now.getTime() + PREVIEW_TTL_MS}`
  return `${payload}.${sign(payload)}`
}

/** The article id when the token is authentic and not expired; null otherwise. */
export function readPreviewToken(token: string, now = new Date()): string | null {
  const [id, expires, signature] = token.split('.')
  if (!id || !expires || !signature) return null
  const expected = Buffer.from(sign(`${id}.${expires}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  return Number(expires) > now.getTime() ? id : null
}
