'use server'

import { z } from 'zod'
import { changeRole, createInvitation, setActive, updateProfile } from '@/db/queries/people'
import { ROLES } from '@/db/schema'
import { defineAction } from '@/lib/action'
import { env } from '@/lib/env'
import { locales } from '@/lib/i18n/config'
import { getDictionary, interpolate } from '@/lib/i18n/dictionaries'
import { getMailTransport } from '@/lib/mail/transport'

export const inviteAction = defineAction({
  permission: 'user.manage',
  schema: z.object({
    email: z.email('newsroom.people.errors.emailInvalid').max(320),
    role: z.enum(ROLES),
    // The invited person's language, chosen by whoever invites them: the mail, the page and then their dashboard.
    locale: z.enum(locales).optional(),
  }),
  run: async (input, viewer) => {
    const locale = input.locale ?? viewer.locale
    const token = await createInvitation(viewer, input.email, input.role)
    const link = new URL(`/invite/${token}?lang=${locale}`, env.SITE_URL).toString()
    const t = getDictionary(locale)
    const words = { site: t.common.siteName, inviter: viewer.name, role: t.dashboard.roles[input.role], link }
    const transport = getMailTransport()
    await transport.send({ to: input.email, subject: interpolate(t.dashboard.invitation.mailSubject, words), text: interpolate(t.dashboard.invitation.mailText, words) })
    // Without a mail server the administrator passes the link on; with one, it still helps to see it once.
    return { data: { link, delivered: transport.delivers } }
  },
})

export const changeRoleAction = defineAction({
  permission: 'user.manage',
  schema: z.object({ id: z.uuid(), role: z.enum(ROLES) }),
  run: async (input, viewer) => {
    await changeRole(viewer, input.id, input.role)
    return { data: null }
  },
})

export const setActiveAction = defineAction({
  permission: 'user.manage',
  schema: z.object({ id: z.uuid(), active: z.enum(['true', 'false']).transform((v) => v === 'true') }),
  run: async (input, viewer) => {
    await setActive(viewer, input.id, input.active)
    return { data: { outcome: input.active ? 'reactivated' : 'deactivated' } }
  },
})

const bioText = z.string().trim().max(2000).default('')

export const updateProfileAction = defineAction({
  permission: 'user.manage',
  schema: z.object({
    id: z.uuid(),
    name: z.string().trim().min(1, 'newsroom.people.errors.nameRequired').max(200),
    bioFr: bioText,
    bioEn: bioText,
    bioAr: bioText,
    avatarMediaId: z.preprocess((v) => (v === '' ? null : v), z.uuid().nullable()),
  }),
  run: async (input, viewer) => {
    // One bio per language; an empty one is left out, and the author page then shows the original instead.
    const bio = Object.fromEntries(Object.entries({ fr: input.bioFr, en: input.bioEn, ar: input.bioAr }).filter(([, text]) => text))
    return { data: null, tags: await updateProfile(viewer, input.id, { name: input.name, bio, avatarMediaId: input.avatarMediaId }) }
  },
})
