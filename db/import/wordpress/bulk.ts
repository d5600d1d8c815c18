// Bulk writes for the import: a chunk of rows travels as ONE JSON parameter that PostgreSQL unpacks with
// json_populate_recordset. Thousands of bound parameters per statement cost more in query building and in
// the wire protocol than the database's own work; one text parameter costs almost nothing. Same SQL on both drivers.
import { getTableColumns, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { ImportContext } from './context'

const MAX_CHARACTERS = 4_000_000 // per statement: a few MB of text keeps memory flat

/** Inserts rows that all have the same keys; columns left out take their defaults. */
export async function bulkInsert<T extends PgTable>(ctx: ImportContext, table: T, rows: T['$inferInsert'][], onConflict?: SQL): Promise<void> {
  if (!rows.length) return
  const columns = getTableColumns(table)
  const keys = Object.keys(rows[0]!).filter((key) => key in columns)
  const names = keys.map((key) => columns[key]!.name)
  const list = sql.join(names.map((name) => sql.identifier(name)), sql`, `)
  let chunk: string[] = []
  let size = 0
  const flush = async () => {
    if (!chunk.length) return
    const payload = `[${chunk.join(',')}]`
    chunk = []
    size = 0
    await ctx.db.execute(sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${payload}::json) ${onConflict ?? sql``}`)
  }
  for (const row of rows) {
    const record = row as Record<string, unknown>
    const json = JSON.stringify(Object.fromEntries(names.map((name, i) => [name, record[keys[i]!] ?? null])))
    chunk.push(json)
    size += json.length
    if (size >= MAX_CHARACTERS) await flush()
  }
  await flush()
}

/** `column IN (the given strings)` as one JSON parameter, for look-ups of thousands of ids. */
export const inJsonList = (column: AnyPgColumn, values: string[]) =>
  sql`${column} in (select json_array_elements_text(${JSON.stringify(values)}::json))`
