// The form token: when the form was rendered and a one-time id, signed so it cannot be forged. The id becomes
// comments.idempotency_key (a double submit finds the row it already created); the time feeds the minimum fill time.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'

export type FormToken = { renderedAt: Date; nonce: string }

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`comment-form:${payload}`).digest('base64url')
}

export function issueFormToken(secret: string, now: Date, nonce: string = randomUUID()): string {
  const payload = `${now.getTime().toString(36)}.${nonce}`
  return `${payload}.${sign(payload, secret)}`
}

/** null for anything not issued by this server with this secret. */
export function readFormToken(token: string | null | undefined, secret: string): FormToken | null {
  if (!token || token.length > 200) return null
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [time = '', nonce = '', signature = ''] = parts
  if (!/^[0-9a-z]{1,12}$/.test(time) || !/^[0-9a-f-]{36}$/.test(nonce)) return null
  const expected = Buffer.from(sign(`${time}.${nonce}`, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  return { renderedAt: new Date(parseInt(time, 36)), nonce }
}
