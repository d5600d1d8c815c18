// The comment endpoint, for the plain HTML form (an HTML answer) and the enhanced form (JSON): the shared permission
// check, every problem of a refused form at once, real statuses.
import { NextRequest } from 'next/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const mocks = vi.hoisted(() => ({ allowed: true, submit: vi.fn() }))
vi.mock('@/lib/permissions', () => ({ can: vi.fn(() => mocks.allowed) }))
vi.mock('@/lib/session', () => ({ getViewer: async () => null }))
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'user-agent': 'vitest' }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}))
vi.mock('@/db/queries/comments', async (original) => ({
  ...(await original<typeof import('@/db/queries/comments')>()),
  getCommentRules: async () => (await import('@/lib/comments/settings')).DEFAULT_COMMENT_SETTINGS,
}))
vi.mock('@/lib/comments/submit', async (original) => ({ ...(await original<typeof import('@/lib/comments/submit')>()), submitComment: mocks.submit }))

const { POST } = await import('./route')
const { can } = await import('@/lib/permissions')

function post(fields: Record<string, string> = {}, referer = 'http://127.0.0.1/fr/economie/un-article', extra: Record<string, string> = {}) {
  const body = new URLSearchParams({ articleId: crypto.randomUUID(), body: 'Un avis', name: 'Nadia', email: 'nadia@example.org', ...fields })
  return new NextRequest('http://127.0.0.1/api/comments', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', host: '127.0.0.1', referer, ...extra },
  })
}

/** The enhanced form's request: the same fields, asking for JSON. */
const postJson = (fields: Record<string, string> = {}, extra: Record<string, string> = {}) =>
  post(fields, undefined, { accept: 'application/json', origin: 'http://127.0.0.1', ...extra })

const stored = {
  ok: true,
  comment: { id: '0b6f8e9c-1234-4abc-8def-00000000000a', status: 'pending', shadow: false },
  article: { id: '0b6f8e9c-1234-4abc-8def-00000000000b', slug: 'un-article', language: 'fr', categorySlug: 'economie' },
  hiddenFromOthers: true,
}
const parent = '0b6f8e9c-1234-4abc-8def-000000000001'

describe('POST /api/comments', () => {
  beforeEach(() => {
    mocks.submit.mockReset()
    vi.mocked(can).mockClear()
  })

  it('refuses with 403, before reading the form, when the permission check says no', async () => {
    mocks.allowed = false
    const response = await POST(post())
    expect(response.status).toBe(403)
    expect(can).toHaveBeenCalledWith(null, 'comment.create')
    expect(mocks.submit).not.toHaveBeenCalled()
  })

  it('goes on to submit the comment when it says yes', async () => {
    mocks.allowed = true
    mocks.submit.mockResolvedValue({ ok: false, error: 'comments.errors.closed', status: 403 })
    const response = await POST(post())
    expect(can).toHaveBeenCalledWith(null, 'comment.create')
    expect(mocks.submit).toHaveBeenCalledOnce()
    expect(await response.text()).toContain('Les commentaires sont fermés')
  })

  it('answers the comment named by ?replyto= in the page it was posted from (the no-JS Reply link)', async () => {
    mocks.allowed = true
    mocks.submit.mockResolvedValue({ ok: false, error: 'comments.errors.closed', status: 403 })
    await POST(post({}, `http://127.0.0.1/fr/economie/un-article?replyto=${parent}#reply-to-${parent}`))
    expect(mocks.submit.mock.calls[0]?.[0]).toMatchObject({ parentId: parent })
  })

  it('keeps a parent the form names, and ignores a malformed or foreign ?replyto=', async () => {
    mocks.allowed = true
    mocks.submit.mockResolvedValue({ ok: false, error: 'comments.errors.closed', status: 403 })
    const other = '0b6f8e9c-1234-4abc-8def-000000000002'
    await POST(post({ parentId: other }, `http://127.0.0.1/fr/economie/un-article?replyto=${parent}`))
    await POST(post({}, 'http://127.0.0.1/fr/economie/un-article?replyto=1%20OR%201=1'))
    await POST(post({}, `http://evil.example/fr/economie/un-article?replyto=${parent}`))
    expect(mocks.submit.mock.calls.map((call) => (call[0] as { parentId?: string }).parentId ?? null)).toEqual([other, null, null])
  })

  it('lists every problem of a refused form: an empty comment and a bad e-mail', async () => {
    mocks.allowed = true
    const response = await POST(post({ body: '   ', email: 'nadia@' }))
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain('Certains champs sont à corriger')
    expect(html).toContain('<li>Votre commentaire est trop court : 2 caractères au moins.</li>')
    expect(html).toContain('<li>Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.</li>')
    expect(mocks.submit).not.toHaveBeenCalled()
  })

  it('says so when the form names no article, instead of pointing at messages that are not there', async () => {
    mocks.allowed = true
    for (const articleId of ['', 'not-a-uuid']) {
      const response = await POST(post({ articleId }, 'http://127.0.0.1/en/economy/a-story'))
      expect(response.status).toBe(422)
      const html = await response.text()
      expect(html).toContain('This form names no article on this site')
      expect(html).not.toContain('see the messages below')
    }
  })
})

describe('POST /api/comments asking for JSON (the enhanced form)', () => {
  beforeEach(() => {
    mocks.allowed = true
    mocks.submit.mockReset()
  })

  it('answers 201 with the comment and whether it awaits moderation; the plain form gets its 303 to the notice', async () => {
    mocks.submit.mockResolvedValue(stored)
    const response = await POST(postJson())
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ ok: true, data: { id: stored.comment.id, held: true } })
    const plain = await POST(post())
    expect(plain.status).toBe(303)
    expect(plain.headers.get('location')).toBe('/fr/economie/un-article#comment-held')
  })

  it('marks the fields to fix, and names a problem no field shows (the text too short) before them', async () => {
    const response = await POST(postJson({ email: 'nadia@' }))
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({ ok: false, error: 'errors.fieldsToFix', fieldErrors: { email: ['comments.fieldErrors.email'] } })
    const both = await POST(postJson({ email: 'nadia@', body: ' ' }))
    expect(await both.json()).toMatchObject({ ok: false, error: 'comments.errors.tooShort', values: { min: 2 }, fieldErrors: { email: ['comments.fieldErrors.email'] } })
    expect(mocks.submit).not.toHaveBeenCalled()
  })

  it('passes on a refusal with its status and values, and Retry-After when the reader must wait', async () => {
    mocks.submit.mockResolvedValue({ ok: false, error: 'comments.errors.rateLimited', values: { seconds: 42 }, status: 429 })
    const response = await POST(postJson())
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('42')
    expect(await response.json()).toEqual({ ok: false, error: 'comments.errors.rateLimited', values: { seconds: 42 } })
  })

  it('refuses a post sent from another site, and one the permission check refuses, with 403', async () => {
    const foreign = await POST(postJson({}, { origin: 'https://evil.example' }))
    expect(foreign.status).toBe(403)
    expect(await foreign.json()).toEqual({ ok: false, error: 'errors.forbidden' })
    mocks.allowed = false
    expect((await POST(postJson())).status).toBe(403)
    expect(mocks.submit).not.toHaveBeenCalled()
  })
})
