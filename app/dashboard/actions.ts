'use server'

import { z } from 'zod'
import { signOut } from '@/auth'
import { updateUserLocale } from '@/db/queries/users'
import { defineAction } from '@/lib/action'
import { locales } from '@/lib/i18n/config'

export const signOutAction = defineAction({
  permission: 'dashboard.view',
  schema: z.object({}),
  run: async () => {
    await signOut({ redirectTo: '/sign-in' }) // throws the redirect, which the factory lets escape
    return { data: null }
  },
})

/** The dashboard's language, per person: every page re-renders in it (lang, dir, words, dates). */
export const setLocaleAction = defineAction({
  permission: 'dashboard.view',
  schema: z.object({ locale: z.enum(locales, 'errors.fieldInvalid') }),
  run: async (input, viewer) => {
    await updateUserLocale(viewer.id, input.locale)
    return { data: { locale: input.locale } }
  },
})
