// --authors map.csv: "login,email" lines mapping WordPress logins onto accounts that already exist here.
import { readFile } from 'node:fs/promises'
import { inArray } from 'drizzle-orm'
import { parse } from 'csv-parse/sync'
import type { Db } from '@/db'
import { users } from '@/db/schema'

/** Reads and checks the whole map before anything is imported: every e-mail must belong to a user. */
export async function readAuthorsMap(db: Db, file: string): Promise<Map<string, string>> {
  const rows: string[][] = parse(await readFile(file, 'utf8'), { skip_empty_lines: true, trim: true, relax_column_count: true, bom: true })
  const map = new Map<string, string>()
  const problems: string[] = []
  rows.forEach((row, index) => {
    const [login = '', email = ''] = row
    if (index === 0 && login.toLowerCase() === 'login') return // header
    if (!login || !/^[^@\s]+@[^@\s]+$/.test(email)) problems.push(`line ${index + 1}: expected "login,email", got "${row.join(',')}"`)
    else map.set(login, email.toLowerCase())
  })
  const emails = [...new Set(map.values())]
  const known = new Set(emails.length ? (await db.select({ email: users.email }).from(users).where(inArray(users.email, emails))).map((r) => r.email) : [])
  for (const [login, email] of map) if (!known.has(email)) problems.push(`"${login}" → ${email}: no user has this e-mail (create or invite them first)`)
  if (problems.length) throw new Error(`${file} cannot be used:\n  ${problems.join('\n  ')}`)
  return map
}
