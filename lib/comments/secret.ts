import 'server-only'
import { env } from '@/lib/env'

/** Form tokens are signed with the app's secret; development and tests without one use a fixed local key. */
export function formTokenSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET
  if (env.NODE_ENV === 'production') throw new Error('AUTH_SECRET is missing: `npm start` generates one, or set it yourself.')
  return 'kiosque-development-only-comment-form-secret'
}
