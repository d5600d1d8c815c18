import { DEMO_STAFF } from '../../db/seed-content'

export type DemoRole = 'admin' | 'editor' | 'journalist' | 'moderator'

export function account(role: DemoRole) {
  const person = DEMO_STAFF.find((p) => p.role === role && p.email.startsWith(role))
  if (!person) throw new Error(`No demo account for ${role}`)
  return person
}

export const storageState = (role: DemoRole) => `e2e/.auth/${role}.json`

/** A fresh client address per test, so sign-in throttling by IP never couples two tests (server trusts XFF in e2e). */
export const uniqueIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`
