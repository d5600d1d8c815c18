// The app's signing secret (preview links, scheduler calls), from the same place Auth.js gets its own: AUTH_SECRET,
// which `npm start` fills from the file it generates on first run (DATA_DIR/auth-secret). No public fallback: a
// guessable key would let anyone forge a preview link to an unpublished article.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { env } from './env'

/** Where `npm start` keeps the secret it generated (git-ignored, never committed). */
export const secretFile = (dataDir: string) => path.join(/*turbopackIgnore: true*/ dataDir, 'auth-secret')

export function resolveSecret(authSecret: string | undefined, dataDir: string): string {
  if (authSecret) return authSecret
  const file = secretFile(dataDir)
  const stored = existsSync(file) ? readFileSync(file, 'utf8').trim() : ''
  if (stored.length >= 32) return stored
  throw new Error(
    `No signing secret: set AUTH_SECRET (at least 32 characters, e.g. from \`npx auth secret\`), or run \`npm start\`, which generates one in ${file}.`,
  )
}

let resolved: string | undefined
export function appSecret(): string {
  return (resolved ??= resolveSecret(env.AUTH_SECRET, env.DATA_DIR))
}
