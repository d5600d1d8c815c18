import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { z } from 'zod'
import { recordAudit } from '@/db/queries/audit'
import { findUserForSignIn, recordSignIn } from '@/db/queries/users'
import { authConfig } from './auth.config'
import { clientIp } from './lib/client-ip'
import { MIN_PASSWORD_LENGTH, verifyPassword } from './lib/password'
import { clearFailedSignIns, recordFailedSignIn, secondsUntilNextTry } from './lib/sign-in-throttle'

export class ThrottledSignIn extends CredentialsSignin {
  override code = 'throttled'
}
export class InactiveAccount extends CredentialsSignin {
  override code = 'inactive'
}

const credentialsSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
})

// A fixed hash to compare against when the email is unknown, so timing does not reveal which accounts exist.
const DUMMY_HASH = '$2b$12$uZDZCNYJpLzOhpR632hIn.PsSNOWjpL13gb/Glc0dRH4DajPHbtQ6'

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome, already counted by the throttle: keep it out of the error log.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === 'CredentialsSignin') return
      console.error('[auth]', error)
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw)
        if (!parsed.success) return null
        const { email, password } = parsed.data
        const ip = await clientIp()
        if ((await secondsUntilNextTry(email, ip)) > 0) throw new ThrottledSignIn()

        const user = await findUserForSignIn(email)
        const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
        if (!user || !user.passwordHash || !valid) {
          await recordFailedSignIn(email, ip)
          return null
        }
        if (!user.active) throw new InactiveAccount()

        await clearFailedSignIns(email)
        await recordSignIn(user.id)
        await recordAudit({ actorId: user.id, action: 'auth.signIn', targetType: 'user', targetId: user.id, ip })
        return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion }
      },
    }),
  ],
})
