'use client'

import { useSyncExternalStore } from 'react'
import { formatDate, formatRelative } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/config'

// The reader's clock, ticking once a minute; the server has no clock here (cached HTML), so its snapshot is null.
const MINUTE = 60_000
function subscribe(onTick: () => void) {
  const timer = setInterval(onTick, MINUTE)
  return () => clearInterval(timer)
}
const currentMinute = () => Math.floor(Date.now() / MINUTE)
const noClock = () => null

/**
 * Cached HTML is shared between readers and may be hours old, so the server writes the absolute date and the
 * reader's own clock turns it into "il y a 2 heures" after hydration. Intl only: no date library reaches the browser.
 */
export function RelativeTime({ date, locale }: { date: string; locale: Locale }) {
  const minute = useSyncExternalStore(subscribe, currentMinute, noClock)
  const value = new Date(date)
  return (
    <time dateTime={date} title={formatDate(value, locale)}>
      {minute === null ? formatDate(value, locale) : formatRelative(value, new Date(minute * MINUTE), locale)}
    </time>
  )
}
