// Dates, relative times and numbers: Intl supplies the words and plural rules; we only pick the unit.
import { intlLocale, type Locale } from './config'

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

/**
 * The newsroom's clock: every date a reader or a journalist sees is its local time (the server runs on UTC, and a
 * browser elsewhere would each show its own), as the printed paper's dates are.
 */
export const NEWSROOM_TIME_ZONE = 'Europe/Paris'

/** Calendar day number in the newsroom's time zone: "hier" means the day before, not 24 to 47 hours ago. */
const dayNumber = (date: Date) => {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: NEWSROOM_TIME_ZONE }).format(date).split('-').map(Number)
  return Date.UTC(year!, month! - 1, day!) / 86_400_000
}

/**
 * "il y a 2 heures" / "2 hours ago" / "قبل ساعتين". `now` is a parameter so callers decide when the clock is read.
 * Under a minute either way reads "maintenant" / "now": the reader's clock and the server's differ by seconds, and
 * a story published 20 seconds ago must not read "dans 20 secondes". Days count calendar days.
 */
export function formatRelative(date: Date, now: Date, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' })
  const seconds = (date.getTime() - now.getTime()) / 1000
  const [unit, size] = STEPS.find(([, s]) => Math.abs(seconds) >= s) ?? (['second', 1] as const)
  if (unit === 'second') return format.format(0, 'second')
  if (unit === 'day') return format.format(dayNumber(date) - dayNumber(now), 'day')
  return format.format(Math.round(seconds / size), unit)
}

export function formatDate(date: Date, locale: Locale, style: 'long' | 'short' = 'long'): string {
  return formatDateTime(date, locale, { dateStyle: style, ...(style === 'long' ? { timeStyle: 'short' } : {}) })
}

/** Any date or time, in the newsroom's time zone (the dashboard's lists, revisions, audit log, editor clock). */
export function formatDateTime(date: Date, locale: Locale, options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: NEWSROOM_TIME_ZONE }).format(date)
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value)
}
