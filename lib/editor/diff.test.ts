import { describe, expect, it } from 'vitest'
import { diffRevisions, readableText } from './diff'

describe('revision diff', () => {
  it('reads paragraphs, not tags', () => {
    expect(readableText('<h2>Titre</h2><p>Un <strong>mot</strong> &amp; un autre</p><ul><li>a</li><li>b</li></ul>')).toBe('Titre\nUn mot & un autre\na\nb')
  })

  it('marks added and removed words', () => {
    const parts = diffRevisions({ title: 'Budget', bodyHtml: '<p>Le conseil vote le budget.</p>' }, { title: 'Budget', bodyHtml: '<p>Le conseil adopte le budget.</p>' })
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['vote'])
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['adopte'])
  })

  it('reports nothing changed for identical revisions', () => {
    const same = { title: 'T', bodyHtml: '<p>x</p>' }
    expect(diffRevisions(same, same).every((p) => p.kind === 'same')).toBe(true)
  })
})
