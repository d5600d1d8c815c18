// npm run bench:import [-- --regenerate] [--skip pglite|postgres]
// Imports a large generated WordPress export (scripts/generate-wxr.ts) into a fresh PGlite folder and a fresh
// PostgreSQL database, twice each, through the real command in its own process; prints wall time, the import
// process's peak RSS and rows per second, and checks the targets (first run ≤ 30 s, ≤ 300 MB; re-run ≤ 15 s, 0 rows).
// BENCH_DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/test); the benchmark
// creates its own database there and drops it afterwards.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import { generateWxr, type GeneratedCounts } from './generate-wxr'

const DIR = path.resolve('.data/bench')
const FILE = path.join(DIR, 'wordpress-large.xml')
const COUNTS_FILE = path.join(DIR, 'wordpress-large.json')
const MIGRATIONS = path.resolve('db/migrations')
const TABLES = ['users', 'categories', 'tags', 'articles', 'article_tags', 'article_revisions', 'comments', 'media', 'redirects', 'external_refs']
const TARGET = { firstSeconds: 30, rerunSeconds: 15, peakMb: 300 }

type Counter = { count: () => Promise<Record<string, number>>; close: () => Promise<void> }
type Run = { driver: string; run: string; wallSeconds: number; cpuSeconds: number; load: number; peakMb: number; rowsAdded: number; counts: Record<string, number> }

async function pgliteTarget(dir: string): Promise<{ env: Record<string, string>; open: () => Promise<Counter> }> {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.dirname(dir), { recursive: true })
  // Created and migrated here, so the measured process is the import alone (initdb is a one-off of its own).
  const open = async (): Promise<Counter> => {
    const pglite = new PGlite(dir, { extensions: { unaccent, pg_trgm } })
    return {
      count: async () => countRows((query) => pglite.query<{ n: number }>(query).then((r) => Number(r.rows[0]!.n))),
      close: () => pglite.close(),
    }
  }
  const pglite = new PGlite(dir, { extensions: { unaccent, pg_trgm } })
  await migratePglite(drizzlePglite(pglite), { migrationsFolder: MIGRATIONS })
  await pglite.close()
  return { env: { PGLITE_DIR: dir }, open }
}

async function postgresTarget(admin: string, name: string): Promise<{ env: Record<string, string>; open: () => Promise<Counter>; drop: () => Promise<void> }> {
  const server = postgres(admin, { max: 1, onnotice: () => {} })
  await server.unsafe(`create database ${name}`)
  const url = new URL(admin)
  url.pathname = `/${name}`
  const migrator = postgres(url.toString(), { max: 1, onnotice: () => {} })
  await migratePostgres(drizzlePostgres(migrator), { migrationsFolder: MIGRATIONS })
  await migrator.end()
  return {
    env: { DATABASE_URL: url.toString() },
    open: async () => {
      const sql = postgres(url.toString(), { max: 1, onnotice: () => {} })
      return { count: () => countRows((query) => sql.unsafe(query).then((rows) => Number(rows[0]!.n))), close: () => sql.end() }
    },
    drop: async () => {
      await server.unsafe(`drop database if exists ${name} with (force)`)
      await server.end()
    },
  }
}

async function countRows(scalar: (query: string) => Promise<number>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of TABLES) counts[table] = await scalar(`select count(*)::int as n from ${table}`)
  return counts
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env // each target sets its own; PGlite runs need it unset
  return rest
}

/** Runs the real command in its own process; its peak RSS comes from its own getrusage (tsx's launcher excluded). */
async function importOnce(env: Record<string, string>): Promise<{ wallSeconds: number; cpuSeconds: number; load: number; peakMb: number }> {
  const report = path.join(DIR, `report-${process.pid}.json`)
  const started = performance.now()
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['run', '-s', 'import:wordpress', '--', FILE, '--report', report], {
      env: { ...withoutDatabaseUrl(process.env), ...env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('exit', resolve)
  })
  const wallSeconds = (performance.now() - started) / 1000
  if (code !== 0) throw new Error(`the import exited with code ${code}`)
  const { maxRssKb, cpuMs } = JSON.parse(readFileSync(report, 'utf8')) as { maxRssKb: number; cpuMs: number }
  rmSync(report)
  // The 1-minute load average at the end: on a shared machine, wall time above CPU time is mostly waiting for a core.
  return { wallSeconds, cpuSeconds: cpuMs / 1000, load: os.loadavg()[0]!, peakMb: maxRssKb / 1024 }
}

async function countIn(target: { open: () => Promise<Counter> }): Promise<Record<string, number>> {
  const counter = await target.open()
  try {
    return await counter.count()
  } finally {
    await counter.close()
  }
}

async function benchDriver(driver: string, target: { env: Record<string, string>; open: () => Promise<Counter> }): Promise<Run[]> {
  const runs: Run[] = []
  let before = await countIn(target)
  for (const run of ['first', 're-run']) {
    console.log(`\n── ${driver}, ${run} ──`)
    const measured = await importOnce(target.env)
    const after = await countIn(target)
    runs.push({ driver, run, ...measured, rowsAdded: total(after) - total(before), counts: after })
    before = after
  }
  return runs
}

function printResults(runs: Run[], file: GeneratedCounts | null) {
  const mb = (n: number) => n.toFixed(0)
  console.log(`\n${os.cpus().length} cores. CPU = the import process's user + system time; load = 1-minute load average after the run.`)
  console.log('driver    run      wall (s)  CPU (s)  load  peak RSS (MB)  rows added  rows/s   target')
  for (const r of runs) {
    const first = r.run === 'first'
    const ok = first ? r.wallSeconds <= TARGET.firstSeconds && r.peakMb <= TARGET.peakMb : r.wallSeconds <= TARGET.rerunSeconds && r.rowsAdded === 0
    const rate = first ? Math.round(r.rowsAdded / r.wallSeconds) : 0
    console.log(
      `${r.driver.padEnd(9)} ${r.run.padEnd(8)} ${r.wallSeconds.toFixed(1).padStart(8)}  ${r.cpuSeconds.toFixed(1).padStart(7)}  ${r.load.toFixed(1).padStart(4)}  ${mb(r.peakMb).padStart(13)}  ${String(r.rowsAdded).padStart(10)}  ${String(rate).padStart(6)}   ${ok ? 'met' : 'MISSED'}`,
    )
  }
  const last = runs.at(-1)
  if (last && file) {
    console.log(`\nFile: ${(file.bytes / 1_048_576).toFixed(1)} MB, ${file.posts} posts, ${file.comments} comments (${file.replies} replies), ${file.attachments} attachments.`)
    for (const r of runs.filter((run) => run.run === 're-run')) {
      console.log(`${r.driver}: articles ${r.counts.articles}, comments ${r.counts.comments}, media ${r.counts.media}, redirects ${r.counts.redirects}, total rows ${total(r.counts)}`)
    }
  }
}

async function main() {
  const { values } = parseArgs({ options: { regenerate: { type: 'boolean', default: false }, skip: { type: 'string', multiple: true, default: [] } } })
  mkdirSync(DIR, { recursive: true })
  if (values.regenerate || !existsSync(FILE) || !existsSync(COUNTS_FILE)) {
    console.log(`Generating ${FILE}…`)
    writeFileSync(COUNTS_FILE, JSON.stringify(await generateWxr(FILE, { posts: 2200, comments: 26000 })))
  }
  const file = JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) as GeneratedCounts
  const stamp = `${Date.now()}`
  const runs: Run[] = []
  if (!values.skip.includes('pglite')) {
    const dir = path.join(DIR, `pglite-${stamp}`)
    try {
      runs.push(...(await benchDriver('pglite', await pgliteTarget(dir))))
    } finally {
      rmSync(dir, { recursive: true, force: true })
      rmSync(`${dir}.lock`, { force: true })
    }
  }
  if (!values.skip.includes('postgres')) {
    const target = await postgresTarget(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', `kiosque_bench_${stamp}`)
    try {
      runs.push(...(await benchDriver('postgres', target)))
    } finally {
      await target.drop()
    }
  }
  printResults(runs, file)
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exitCode = 1
})
