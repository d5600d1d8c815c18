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

/** "il y a 2 heures" / "2 hours ago" / "قبل ساعتين". `now` is a parameter so callers decide when the clock is read. */
export function formatRelative(date: Date, now: Date, locale: Locale): string {
  const seconds = (date.getTime() - now.getTime()) / 1000
  const [unit, size] = STEPS.find(([, s]) => Math.abs(seconds) >= s) ?? (['second', 1] as const)
  return new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }).format(Math.round(seconds / size), unit)
}

export function formatDate(date: Date, locale: Locale, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: style,
    ...(style === 'long' ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Paris',
  }).format(date)
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value)
}
