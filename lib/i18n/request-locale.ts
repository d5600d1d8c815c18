import 'server-only'
import { headers } from 'next/headers'
import type { Locale } from './config'
import { negotiateLocale } from './negotiate'

/** For per-request pages without a locale in the URL (sign-in): the browser's preferred language. */
export async function requestLocale(): Promise<Locale> {
  return negotiateLocale((await headers()).get('accept-language'))
}
