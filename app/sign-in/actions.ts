'use server'

import { AuthError } from 'next-auth'
import { z } from 'zod'
import { signIn } from '@/auth'
import { defineAction } from '@/lib/action'
import { clientIp } from '@/lib/client-ip'
import { UserError } from '@/lib/errors'
import { MIN_PASSWORD_LENGTH } from '@/lib/password'
import { secondsUntilNextTry } from '@/lib/sign-in-throttle'

const schema = z.object({
  email: z.email().max(320),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
  callbackUrl: z.string().optional(),
})

/** Only same-site paths: an attacker's link must not bounce a journalist to another site after sign-in. */
function safeCallback(url: string | undefined): string {
  if (!url) return '/dashboard'
  try {
    const parsed = new URL(url, 'http://kiosque.invalid')
    return parsed.origin === 'http://kiosque.invalid' && parsed.pathname.startsWith('/dashboard') ? parsed.pathname + parsed.search : '/dashboard'
  } catch {
    return '/dashboard'
  }
}

export const signInWithPassword = defineAction({
  permission: 'auth.signIn',
  public: true,
  schema,
  run: async ({ email, password, callbackUrl }) => {
    try {
      await signIn('credentials', { email, password, redirectTo: safeCallback(callbackUrl) })
    } catch (error) {
      if (!(error instanceof AuthError)) throw error // includes the success redirect, which must escape
      const code = 'code' in error ? error.code : undefined
      if (code === 'throttled') {
        throw new UserError('errors.tooManyAttempts', { seconds: await secondsUntilNextTry(email, await clientIp()) })
      }
      if (code === 'inactive') throw new UserError('errors.accountInactive')
      throw new UserError('errors.invalidCredentials')
    }
    return { data: null }
  },
})
