// Auth.js options with no database import: shared by proxy.ts (which must stay light) and auth.ts.
import type { NextAuthConfig } from 'next-auth'
import type { Role } from '@/db/schema'

declare module 'next-auth' {
  interface User {
    role?: Role
    sessionVersion?: number
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; sessionVersion: number }
  }
}

export const authConfig = {
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 }, // a working day; the DB check revokes earlier when needed
  trustHost: true,
  providers: [],
  callbacks: {
    // Optimistic gate for the proxy only: pages and actions check again against the database.
    authorized({ auth }) {
      return Boolean(auth?.user)
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id
        token.role = user.role
        token.sv = user.sessionVersion
      }
      return token
    },
    session({ session, token }) {
      session.user.id = token.sub ?? ''
      session.user.role = token.role as Role
      session.user.sessionVersion = typeof token.sv === 'number' ? token.sv : -1
      return session
    },
  },
} satisfies NextAuthConfig
