import { describe, expect, it } from 'vitest'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { describeAudit, type AuditRow } from './describe'

const fr = getDictionary('fr')
const en = getDictionary('en')
const ar = getDictionary('ar')
const row = (entry: Partial<AuditRow> & Pick<AuditRow, 'action'>): AuditRow => ({ targetType: null, targetId: null, details: null, ip: null, targetName: null, ...entry })
const id = '0b6f8e9c-1234-4abc-8def-000000000001'

describe('audit entries in words', () => {
  it('names a moderated comment by its author, and several by their count, never by a code or JSON', () => {
    expect(describeAudit(row({ action: 'comment.approve', targetType: 'comment', details: { ids: [id] }, targetName: 'Nadia' }), fr, 'fr')).toEqual({
      action: 'Approbation',
      target: 'Commentaire de Nadia',
      detail: '',
    })
    expect(describeAudit(row({ action: 'comment.spam', targetType: 'comment', details: { ids: [id, id, id] } }), en, 'en')).toEqual({
      action: 'Marked as spam',
      target: '3 comments',
      detail: '',
    })
    expect(describeAudit(row({ action: 'comment.trash', targetType: 'comment', details: { ids: [id, id] } }), ar, 'ar').target).toBe('تعليقان')
  })

  it('names the article by its title, or its slug once deleted, and says when a scheduled one went out', () => {
    expect(describeAudit(row({ action: 'article.publish', targetType: 'article', targetId: id, targetName: 'Le budget adopté', details: { slug: 'budget' } }), fr, 'fr')).toEqual({
      action: 'Publication',
      target: '« Le budget adopté »',
      detail: '',
    })
    const scheduled = describeAudit(row({ action: 'article.publish', targetType: 'article', targetId: id, details: { slug: 'budget', scheduled: true, missed: true } }), en, 'en')
    expect(scheduled).toEqual({ action: 'Published', target: '“budget”', detail: 'Later than the scheduled time' })
    const planned = describeAudit(row({ action: 'article.schedule', targetType: 'article', targetId: id, targetName: 'X', details: { scheduledAt: '2026-03-02T09:30:00.000Z' } }), fr, 'fr')
    expect(planned.detail).toBe('Pour le 2 mars 2026 à 10:30')
  })

  it('says what changed: a role, a renamed slug, an emptied bin, a sign-in’s address', () => {
    expect(describeAudit(row({ action: 'user.role', targetType: 'user', targetId: id, targetName: 'Claire Dubois', details: { role: 'editor' } }), fr, 'fr')).toEqual({
      action: 'Changement de rôle',
      target: 'Claire Dubois',
      detail: 'Nouveau rôle : Éditeur',
    })
    expect(describeAudit(row({ action: 'category.rename', targetType: 'category', targetId: id, targetName: 'Économie', details: { from: 'eco', to: 'economie' } }), fr, 'fr')).toEqual({
      action: 'Modification d’une rubrique',
      target: 'Rubrique « Économie »',
      detail: 'Slug : eco → economie',
    })
    expect(describeAudit(row({ action: 'comment.empty.spam', details: { count: 4 } }), en, 'en')).toEqual({ action: 'Emptied', target: 'Spam', detail: '4 comments deleted' })
    expect(describeAudit(row({ action: 'auth.signIn', targetType: 'user', targetId: id, targetName: 'Sarah Haddad', ip: '203.0.113.9' }), ar, 'ar')).toMatchObject({
      action: 'تسجيل الدخول',
      target: 'Sarah Haddad',
    })
    expect(describeAudit(row({ action: 'comment.ban', targetType: 'ban', targetId: id, details: { email: 'x@example.org', ip: null, shadow: true } }), fr, 'fr')).toEqual({
      action: 'Bannissement',
      target: 'x@example.org',
      detail: 'Bannissement discret : la personne voit encore ses commentaires',
    })
  })

  it('has a label for every action the code records, in every language', () => {
    const actions = [
      ...['submit', 'withdraw', 'publish', 'schedule', 'unpublish', 'archive', 'reopen', 'delete', 'restore', 'takeover'].map((v) => `article.${v}`),
      ...['approve', 'unapprove', 'spam', 'notSpam', 'trash', 'restore', 'delete', 'dismissReports', 'edit', 'reply', 'ban', 'unban', 'settings'].map((v) => `comment.${v}`),
      'comment.empty.trash',
      ...['invite', 'role', 'reactivate', 'deactivate', 'profile'].map((v) => `user.${v}`),
      'auth.signIn',
      'media.delete',
      'category.create',
      'category.rename',
      'category.delete',
      'tag.rename',
      'tag.delete',
    ]
    for (const t of [fr, en, ar]) for (const action of actions) expect(describeAudit(row({ action }), t, 'fr').action, action).not.toBe(action)
  })

  it('shows an action it does not know as recorded rather than hiding it', () => {
    expect(describeAudit(row({ action: 'future.thing' }), fr, 'fr').action).toBe('future.thing')
  })
})
