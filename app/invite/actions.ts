'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { acceptInvitation } from '@/db/queries/people'
import { defineAction } from '@/lib/action'
import { defaultLocale, locales } from '@/lib/i18n/config'
import { MIN_PASSWORD_LENGTH } from '@/lib/password'

export const acceptInvitationAction = defineAction({
  permission: 'auth.signIn',
  public: true, // the person has no account yet: the token is the credential
  schema: z
    .object({
      token: z.string().min(20).max(200),
      name: z.string().trim().min(1, 'newsroom.people.errors.nameRequired').max(200),
      password: z.string().min(MIN_PASSWORD_LENGTH, 'newsroom.people.errors.passwordTooShort').max(1024),
      confirm: z.string(),
      locale: z.enum(locales).default(defaultLocale), // the language the invitation page spoke: the new dashboard's
    })
    .refine((input) => input.password === input.confirm, { path: ['confirm'], message: 'newsroom.people.errors.passwordsDiffer' }),
  run: async (input) => {
    const { email } = await acceptInvitation(input.token, input.name, input.password, input.locale)
    redirect(`/sign-in?email=${encodeURIComponent(email)}`)
  },
})
