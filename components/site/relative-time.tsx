'use client'

import { useEffect, useState } from 'react'
import { formatDate, formatRelative } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/config'

/**
 * Cached HTML is shared between readers and may be hours old, so the server writes the absolute date and the
 * reader's own clock turns it into "il y a 2 heures" after hydration (and again every minute). Intl only: no date
 * library reaches the browser.
 */
export function RelativeTime({ date, locale }: { date: string; locale: Locale }) {
  const value = new Date(date)
  const [now, setNow] = useState<Date | null>(null)
  useEffect(() => {
    setNow(new Date())
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return (
    <time dateTime={date} title={formatDate(value, locale)} suppressHydrationWarning>
      {now ? formatRelative(value, now, locale) : formatDate(value, locale)}
    </time>
  )
}
