import 'server-only'
import { appSecret } from '@/lib/secret'

/** Comment form tokens are signed with the app's secret, like preview links: no fixed fallback key anywhere. */
export function formTokenSecret(): string {
  return appSecret()
}
