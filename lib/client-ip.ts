import 'server-only'
import { headers } from 'next/headers'
import { env } from './env'

/**
 * The client's address for rate limits and moderation. X-Forwarded-For is only believed when TRUST_PROXY is set
 * (behind a reverse proxy you run, and in load tests that simulate many readers); otherwise Next's own
 * x-forwarded-for entry, appended by `next start` from the socket, is the last one in the list.
 */
export async function clientIp(): Promise<string> {
  const list = ((await headers()).get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const ip = (env.TRUST_PROXY ? list[0] : list.at(-1)) ?? '0.0.0.0'
  return ip.replace(/^::ffff:/, '')
}
