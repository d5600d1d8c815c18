import 'server-only'
import { COUNT_CAP, isOverCap } from '@/db/queries/moderation'
import type { Locale } from '@/lib/i18n/config'
import { interpolate } from '@/lib/i18n/dictionaries'
import { formatNumber } from '@/lib/i18n/format'

/**
 * A count that stops at COUNT_CAP (db/queries/moderation.ts) in words: past the cap, `over` with the cap in the
 * reader's digits ("plus de 10 000"); below it, the exact count as `exact` words it.
 */
export function describeCappedCount(n: number, locale: Locale, over: string, exact: (n: number) => string): string {
  return isOverCap(n) ? interpolate(over, { count: formatNumber(COUNT_CAP, locale) }) : exact(n)
}
