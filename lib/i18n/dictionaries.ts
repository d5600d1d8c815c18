// Each area of the product keeps its words in lib/i18n/messages/<area>.ts, French first; `en: typeof fr` and
// `ar: typeof fr` make a missing or misspelt key a type error. New areas are added to `areas` below.
import type { Locale } from './config'
import { interpolate } from './interpolate'
import { article } from './messages/article'
import { auth } from './messages/auth'
import { comments } from './messages/comments'
import { common } from './messages/common'
import { dashboard } from './messages/dashboard'
import { errors } from './messages/errors'
import { moderation } from './messages/moderation'
import { newsroom } from './messages/newsroom'
import { site } from './messages/site'
import { formatCount, isPluralMessage, type PluralMessage } from './plural'

export { interpolate } from './interpolate'
export { formatCount, type PluralMessage } from './plural'

const areas = { common, article, auth, dashboard, errors, site, comments, moderation, newsroom }

type Areas = typeof areas
export type Dictionary = { [Area in keyof Areas]: Areas[Area]['fr'] }

function build(locale: Locale): Dictionary {
  return Object.fromEntries(Object.entries(areas).map(([name, area]) => [name, area[locale]])) as Dictionary
}

const dictionaries: Record<Locale, Dictionary> = { fr: build('fr'), en: build('en'), ar: build('ar') }

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}

// "errors.forbidden"-style keys for messages chosen on the server and shown by the client.
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | PluralMessage ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]
export type MessageKey = Leaves<Dictionary>

/** True when `value` names a sentence of the dictionaries (Zod's own English messages do not). */
export function isMessageKey(value: string): value is MessageKey {
  let node: unknown = dictionaries.fr
  for (const part of value.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' || isPluralMessage(node)
}

/**
 * The sentence for `key` (a counted message takes the plural form for `values.count`); the key itself when the
 * dictionary (or the part of it a client was given) lacks it.
 */
export function translate(dictionary: Partial<Dictionary>, key: MessageKey, values?: Record<string, string | number>): string {
  let node: unknown = dictionary
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined
  if (typeof node === 'string') return interpolate(node, values)
  if (isPluralMessage(node)) return formatCount(node, Number(values?.count ?? 0), values)
  return key
}
