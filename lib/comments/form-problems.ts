// Everything wrong with a comment form that failed validation, for the no-JavaScript error page: the schema stops
// at fields it knows (name, e-mail, address), so the text's length is checked here too, and a form that names no
// article of ours (forged, or a page from a broken cache) gets a sentence of its own, not "see the messages below".
import type { MessageKey } from '@/lib/i18n/dictionaries'
import { checkLength } from './rules'
import type { CommentSettings } from './settings'
import { cleanCommentText } from './text'

export type Problem = { key: MessageKey; values?: Record<string, string | number> }

export const FIELD_MESSAGES = { name: 'comments.fieldErrors.name', email: 'comments.fieldErrors.email', url: 'comments.fieldErrors.url' } as const

export function commentFormProblems(
  fieldErrors: Record<string, string[] | undefined>,
  body: string,
  lengths: Pick<CommentSettings, 'minLength' | 'maxLength'>,
): { message: Problem; details: Problem[] } {
  const details: Problem[] = []
  const length = checkLength(cleanCommentText(body), lengths)
  if (length === 'tooShort') details.push({ key: 'comments.errors.tooShort', values: { min: lengths.minLength } })
  if (length === 'tooLong') details.push({ key: 'comments.errors.tooLong', values: { max: lengths.maxLength } })
  for (const [field, key] of Object.entries(FIELD_MESSAGES)) if (fieldErrors[field]) details.push({ key })
  if (fieldErrors.parentId) details.push({ key: 'comments.errors.parentGone' })
  const message: Problem = fieldErrors.articleId ? { key: 'comments.errors.unknownArticle' } : { key: 'errors.checkFields' }
  return { message, details }
}
