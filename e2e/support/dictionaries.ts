// Tests read the same words people see, from the app's own dictionaries.
import { getDictionary } from '../../lib/i18n/dictionaries'

export { formatCount } from '../../lib/i18n/plural'
export { interpolate } from '../../lib/i18n/interpolate'

export const fr = getDictionary('fr')
export const en = getDictionary('en')
export const ar = getDictionary('ar')
