'use server'

import { z } from 'zod'
import { signOut } from '@/auth'
import { defineAction } from '@/lib/action'

export const signOutAction = defineAction({
  permission: 'dashboard.view',
  schema: z.object({}),
  run: async () => {
    await signOut({ redirectTo: '/sign-in' }) // throws the redirect, which the factory lets escape
    return { data: null }
  },
})
