import type { MessageKey } from './i18n/dictionaries'

/** An expected failure the person can act on: shown to them as the dictionary sentence for `messageKey`. */
export class UserError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly values?: Record<string, string | number>,
  ) {
    super(messageKey)
    this.name = 'UserError'
  }
}
