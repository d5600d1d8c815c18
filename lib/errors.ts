import type { MessageKey } from './i18n/dictionaries'

/**
 * An expected failure the person can act on: shown to them as the dictionary sentence for `messageKey`, next to
 * the form field `field` when one is to blame (a slug already taken).
 */
export class UserError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly values?: Record<string, string | number>,
    readonly field?: string,
  ) {
    super(messageKey)
    this.name = 'UserError'
  }
}
