import { env } from '@/lib/env'

export function describeDatabase(): string {
  if (!env.DATABASE_URL) return `the embedded database (${env.PGLITE_DIR})`
  const url = new URL(env.DATABASE_URL)
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`
}

/** Turns driver errors into one sentence that names the variable and the host. */
export function explainDatabaseError(error: unknown): Error {
  const cause = error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException }
  const code = cause.code ?? cause.cause?.code
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    const where = `${url.hostname}:${url.port || 5432}`
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'CONNECT_TIMEOUT' || code === 'EAI_AGAIN') {
      return new Error(`Cannot reach PostgreSQL at ${where} (DATABASE_URL): ${code}. Start the server, or fix DATABASE_URL, or unset it to use the embedded database.`)
    }
    if (code === '3D000') return new Error(`The database in DATABASE_URL does not exist on ${where}: create it first (createdb ${url.pathname.slice(1)}).`)
    if (code === '28P01' || code === '28000') return new Error(`PostgreSQL at ${where} refused the credentials in DATABASE_URL.`)
  }
  return error instanceof Error ? error : new Error(String(error))
}
