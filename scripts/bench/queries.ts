// Database round trips per page render, read from the server's own log: the server runs with
// KIOSQUE_COUNT_QUERIES=true (db/index.ts writes "[kiosque:query] #n <sql>" for every statement). Pages are asked
// one at a time on a server that has served nothing yet, so each figure is an uncached render (the proxy's
// existence check included); the second article shows what one more article costs once the site-wide parts (menu,
// rail, comment settings) are cached.
import type { Server } from './server'

export type QueryCount = { page: string; path: string; status: number; queries: number; statements: string[] }

const LINE = /\[kiosque:query\] #(\d+) (.*)/g

function lastNumber(output: string): { n: number; statements: Map<number, string> } {
  const statements = new Map<number, string>()
  let n = 0
  for (const match of output.matchAll(LINE)) {
    n = Math.max(n, Number(match[1]))
    statements.set(Number(match[1]), match[2] ?? '')
  }
  return { n, statements }
}

export async function countQueries(server: Server, pages: [string, string][]): Promise<QueryCount[]> {
  const results: QueryCount[] = []
  for (const [page, path] of pages) {
    const before = lastNumber(server.output()).n
    const response = await fetch(server.url + path, { redirect: 'manual' })
    await response.text()
    await new Promise((resolve) => setTimeout(resolve, 300)) // late statements (background revalidation, logs)
    const after = lastNumber(server.output())
    const statements = [...after.statements].filter(([n]) => n > before).map(([, text]) => text)
    results.push({ page, path, status: response.status, queries: after.n - before, statements })
  }
  return results
}
