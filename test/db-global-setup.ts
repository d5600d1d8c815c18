// For the PostgreSQL run: a fresh database per run (so runs never collide), dropped afterwards.
// TEST_DATABASE_URL names the server; unreachable means a failed run, never a silent skip.
import { randomBytes } from 'node:crypto'
import postgres from 'postgres'

export default async function setup() {
  const admin = process.env.TEST_DATABASE_URL
  if (!admin) {
    process.env.PGLITE_DIR = 'memory://'
    delete process.env.DATABASE_URL
    return
  }
  const name = `kiosque_test_${Date.now()}_${randomBytes(3).toString('hex')}`
  const sql = postgres(admin, { max: 1, onnotice: () => {} })
  try {
    await sql.unsafe(`create database ${name}`)
  } catch (error) {
    await sql.end()
    throw new Error(`Cannot create a test database on ${new URL(admin).host} (TEST_DATABASE_URL): ${(error as Error).message}`)
  }
  const url = new URL(admin)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
  return async () => {
    await sql.unsafe(`drop database if exists ${name} with (force)`)
    await sql.end()
  }
}
