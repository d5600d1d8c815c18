import { describe, expect, it } from 'vitest'
import { REPLY_TO_HEADER, readReplyTo, replyHref, withReplyToHeader } from './reply-to'

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

  it('forwards the id from the query string and drops a header the client sent', () => {
    const forged = new Headers({ [REPLY_TO_HEADER]: id, accept: 'text/html' })
    expect(withReplyToHeader(forged, new URLSearchParams()).get(REPLY_TO_HEADER)).toBeNull()
    expect(withReplyToHeader(forged, new URLSearchParams()).get('accept')).toBe('text/html')
    expect(withReplyToHeader(new Headers(), new URLSearchParams({ replyto: id })).get(REPLY_TO_HEADER)).toBe(id)
    expect(withReplyToHeader(new Headers(), new URLSearchParams({ replyto: 'x' })).get(REPLY_TO_HEADER)).toBeNull()
  })
})
