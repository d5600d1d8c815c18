// Counted messages: "1 résultat" / "3 résultats", and Arabic's six forms. Intl.PluralRules picks the form; the
// dictionaries supply one sentence per plural category of their language (CLDR: zero, one, two, few, many, other).
import { intlLocale, type Locale } from './config'
import { interpolate } from './interpolate'
import { formatNumber } from './format'

type Category = Intl.LDMLPluralRule

/**
 * One message in every plural form its language uses. It carries its locale, so a client component handed the
 * message (a success note counted after an action) chooses the form without being told the language.
 */
export type PluralMessage = { readonly locale: Locale; readonly other: string } & { readonly [C in Exclude<Category, 'other'>]?: string }

/** Declares a counted message in a dictionary; `{count}` in each form is filled with the number in the reader's digits. */
export function plural(locale: Locale, forms: Omit<PluralMessage, 'locale'>): PluralMessage {
  return { locale, ...forms }
}

export function isPluralMessage(value: unknown): value is PluralMessage {
  return typeof value === 'object' && value !== null && 'locale' in value && typeof (value as { other?: unknown }).other === 'string'
}

const rules = new Map<Locale, Intl.PluralRules>()

/** The plural category of `count` in `locale` ("one", "few"…). */
export function pluralCategory(count: number, locale: Locale): Category {
  let rule = rules.get(locale)
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(intlLocale(locale))))
  return rule.select(count)
}

/** "3 résultats pour « école »": the form for `count`, with {count} (in the reader's digits) and other values filled. */
export function formatCount(message: PluralMessage, count: number, values: Record<string, string | number> = {}): string {
  const template = message[pluralCategory(count, message.locale)] ?? message.other
  return interpolate(template, { ...values, count: formatNumber(count, message.locale) })
}
