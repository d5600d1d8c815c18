import { describe, expect, it } from 'vitest'
import { readReplyTo, replyHref } from './reply-to'

const id = '0b6f8e9c-1234-4abc-8def-000000000001'

describe('reply target without JavaScript', () => {
  it('links to the article with the id in the query and the fragment', () => {
    expect(replyHref(id)).toBe(`?replyto=${id}#reply-to-${id}`)
  })

  it('accepts comment ids only', () => {
    expect(readReplyTo(id.toUpperCase())).toBe(id)
    expect(readReplyTo('1 OR 1=1')).toBeNull()
    expect(readReplyTo(null)).toBeNull()
  })
})
