import { describe, expect, it } from 'vitest'
import { commentFormProblems } from './form-problems'

const lengths = { minLength: 2, maxLength: 100 }

describe('problems of a refused comment form', () => {
  it('lists the text’s length with the fields the schema refused, in the form’s order', () => {
    expect(commentFormProblems({ email: ['bad'], name: ['empty'] }, '', lengths)).toEqual({
      message: { key: 'errors.checkFields' },
      details: [{ key: 'comments.errors.tooShort', values: { min: 2 } }, { key: 'comments.fieldErrors.name' }, { key: 'comments.fieldErrors.email' }],
    })
    expect(commentFormProblems({ url: ['bad'] }, 'x'.repeat(101), lengths).details).toEqual([
      { key: 'comments.errors.tooLong', values: { max: 100 } },
      { key: 'comments.fieldErrors.url' },
    ])
  })

  it('says the form names no article when the article id is missing or malformed', () => {
    expect(commentFormProblems({ articleId: ['Invalid UUID'] }, 'Un avis', lengths)).toEqual({ message: { key: 'comments.errors.unknownArticle' }, details: [] })
  })

  it('explains a malformed reply target', () => {
    expect(commentFormProblems({ parentId: ['Invalid UUID'] }, 'Un avis', lengths).details).toEqual([{ key: 'comments.errors.parentGone' }])
  })
})
