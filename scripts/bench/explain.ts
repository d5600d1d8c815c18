// EXPLAIN ANALYZE of every reading statement the uncached renders made (as logged by KIOSQUE_COUNT_QUERIES), run on the
// benchmark's corpus after the server stops. On the --large corpus this is the check that no public query scans a
// table that grows with the archive: each plan is summarised by its time and by any sequential scan it contains.
import type { Sql } from 'postgres'
import type { PGlite } from '@electric-sql/pglite'

export type Statement = { sql: string; params: unknown[] }
export type ExplainResult = { sql: string; ms: number; seqScans: string[]; plan: string }

const LINE = /\[kiosque:query\] #\d+ (.*) -- params: (.*)$/gm

/**
 * Whether EXPLAIN ANALYZE may run a statement: a SELECT, or a WITH whose parts only read (search's candidates). It
 * runs the statement, so a WITH holding an INSERT, UPDATE or DELETE is left out.
 */
export function readsOnly(text: string): boolean {
  return /^\(?select /i.test(text) || (/^with /i.test(text) && !/\b(insert|update|delete)\b/i.test(text))
}

/** Distinct reading statements in a server log, with the parameters of their first use. */
export function statementsFromLog(output: string): Statement[] {
  const seen = new Map<string, Statement>()
  for (const match of output.matchAll(LINE)) {
    const text = match[1] ?? ''
    if (!readsOnly(text) || seen.has(text)) continue
    try {
      seen.set(text, { sql: text, params: JSON.parse(match[2] ?? '[]') as unknown[] })
    } catch {
      // parameters cut at the log's length limit: skip this statement
    }
  }
  return [...seen.values()]
}

type Runner = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>

export function runnerFor(connection: { pglite?: PGlite; db: unknown }): Runner {
  if (connection.pglite) {
    const pglite = connection.pglite
    return async (text, params) => (await pglite.query<Record<string, unknown>>(text, params)).rows
  }
  // drizzle keeps its driver client as $client; one cast at this boundary.
  const client = (connection.db as { $client: Sql }).$client
  return async (text, params) => (await client.unsafe(text, params as never[])) as unknown as Record<string, unknown>[]
}

export async function explainAll(run: Runner, statements: Statement[]): Promise<ExplainResult[]> {
  const results: ExplainResult[] = []
  for (const statement of statements) {
    const rows = await run(`explain (analyze, format text) ${statement.sql}`, statement.params)
    const plan = rows.map((row) => String(Object.values(row)[0])).join('\n')
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN)
    const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1] ?? '')
    results.push({ sql: statement.sql.slice(0, 200), ms, seqScans, plan })
  }
  return results
}
