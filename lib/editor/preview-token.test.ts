import { describe, expect, it } from 'vitest'
import { createPreviewToken, PREVIEW_TTL_MS, readPreviewToken } from './preview-token'

const id = '4f1c2b9e-8d3a-4c55-9a0e-2b7d6f1e3c4a'

describe('preview links', () => {
  it('open the article until they expire', () => {
    const now = new Date('2026-03-01T10:00:00Z')
    const token = createPreviewToken(id, now)
    expect(readPreviewToken(token, now)).toBe(id)
    expect(readPreviewToken(token, new Date(now.getTime() + PREVIEW_TTL_MS + 1))).toBeNull()
  })

  it('refuse a token whose id or expiry was changed', () => {
    const token = createPreviewToken(id)
    const [, expires, signature] = token.split('.')
    expect(readPreviewToken(`00000000-0000-4000-8000-000000000000.${expires}.${signature}`)).toBeNull()
    expect(readPreviewToken(`${id}.${Number(expires) + 1000}.${signature}`)).toBeNull()
    expect(readPreviewToken('garbage')).toBeNull()
  })
})
