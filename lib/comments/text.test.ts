import { describe, expect, it } from 'vitest'
import { addOwnCommentId, readCommenter, readOwnCommentIds } from './cookies'
import { escapeHtml, renderCommentErrorPage } from './error-page'
import { cleanCommentName, cleanCommentText, commentSegments, normalizeAuthorUrl, safeHref } from './text'
import { buildThread, countThread } from './thread'
import { issueFormToken, readFormToken } from './token'

describe('comment text', () => {
  it('links only http(s) URLs, keeps trailing punctuation out, keeps line breaks', () => {
    expect(commentSegments('Voir https://example.org/a. Et javascript:alert(1)\nfin')).toEqual([
      { type: 'text', text: 'Voir ' },
      { type: 'link', href: 'https://example.org/a', text: 'https://example.org/a' },
      { type: 'text', text: '. Et javascript:alert(1)' },
      { type: 'break' },
      { type: 'text', text: 'fin' },
    ])
    expect(commentSegments('www.example.org')).toEqual([{ type: 'link', href: 'https://www.example.org/', text: 'www.example.org' }])
  })
  it('strips control characters and bidirectional overrides, keeps emoji', () => {
    expect(cleanCommentText('a\u0000b\u202Ec\r\n\r\n\r\n\r\nd 👍')).toBe('abc\n\nd 👍')
    expect(cleanCommentName(' Zoé\n\u202E  Martin\u0000 ')).toBe('Zoé Martin')
  })
  it('accepts only http(s) websites', () => {
    expect(normalizeAuthorUrl('example.org')).toBe('https://example.org/')
    expect(normalizeAuthorUrl('javascript:alert(1)')).toBeNull()
    expect(normalizeAuthorUrl('http://ok.example/x')).toBe('http://ok.example/x')
    expect(normalizeAuthorUrl('')).toBeNull()
    expect(normalizeAuthorUrl('data:text/html,<script>')).toBeNull()
  })
})

describe('threads', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute))
  it('nests replies oldest first, flattens below the maximum depth, and roots orphans', () => {
    const rows = [
      { id: 'a', parentId: null, createdAt: at(1) },
      { id: 'b', parentId: 'a', createdAt: at(2) },
      { id: 'c', parentId: 'b', createdAt: at(3) },
      { id: 'd', parentId: 'c', createdAt: at(4) },
      { id: 'e', parentId: 'gone', createdAt: at(5) },
      { id: 'f', parentId: null, createdAt: at(0) },
    ]
    const thread = buildThread(rows, 2)
    expect(thread.map((node) => node.comment.id)).toEqual(['f', 'a', 'e'])
    const a = thread[1]!
    expect(a.replies.map((n) => n.comment.id)).toEqual(['b'])
    expect(a.replies[0]!.replies.map((n) => [n.comment.id, n.depth])).toEqual([
      ['c', 2],
      ['d', 2],
    ])
    expect(countThread(thread)).toBe(6)
  })
})

describe('form token', () => {
  const now = new Date('2026-11-26T12:00:00Z')
  it('round-trips, and refuses forgeries and other secrets', () => {
    const token = issueFormToken('secret-one', now, '0b6f8e9c-0000-4000-8000-000000000001')
    expect(readFormToken(token, 'secret-one')).toEqual({ renderedAt: now, nonce: '0b6f8e9c-0000-4000-8000-000000000001' })
    expect(readFormToken(token, 'secret-two')).toBeNull()
    expect(readFormToken(token.replace(/^[0-9a-z]+/, '0'), 'secret-one')).toBeNull()
    expect(readFormToken('garbage', 'secret-one')).toBeNull()
    expect(readFormToken(undefined, 'secret-one')).toBeNull()
  })
})

describe('cookies', () => {
  it('keeps the last ids, valid ones only', () => {
    const id = '0b6f8e9c-0000-4000-8000-000000000001'
    expect(readOwnCommentIds(`x.${id}.<script>`)).toEqual([id])
    expect(addOwnCommentId(id, id)).toBe(id)
    expect(readCommenter('{"name":"A","email":"a@b.c","url":""}')).toEqual({ name: 'A', email: 'a@b.c', url: '' })
    expect(readCommenter('not json')).toBeNull()
  })
})

describe('error page', () => {
  it('escapes everything the reader typed', () => {
    expect(escapeHtml(`<script>"'&`)).toBe('&lt;script&gt;&quot;&#39;&amp;')
    const html = renderCommentErrorPage({ locale: 'ar', siteName: 'K', title: 'T', message: '<b>m</b>', details: ['<i>'], textLabel: 'L', text: '</textarea><script>alert(1)</script>', backLabel: 'B', backHref: '/fr/x#respond' })
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('dir="rtl"')
  })
})

describe('safeHref', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'ftp://example.org/',
    '',
  ])('refuses %j', (raw) => {
    expect(safeHref(raw)).toBeNull()
  })

  it('keeps http(s) and gives www. an https scheme', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1')
    expect(safeHref('www.example.org')).toBe('https://www.example.org/')
  })
})
