// npm run bench:import [-- --regenerate] [--skip pglite|postgres] [--out <file.md>]
// Imports a large generated WordPress export (scripts/generate-wxr.ts) into a fresh PGlite folder and a fresh
// PostgreSQL database, twice each, through the real command in its own process. The first run starts from nothing:
// the command itself creates (PGlite) and migrates the database, so that cost is in the figures. Prints wall time,
// the import process's peak RSS and rows per second with the machine's load, checks the targets (first run ≤ 30 s
// and ≤ 300 MB; re-run ≤ 15 s, 0 rows) and that the database holds what the file holds, and writes the table to
// bench/results/import-<timestamp>.md. BENCH_DATABASE_URL names the PostgreSQL server (default
// postgres://postgres@127.0.0.1:5432/test); the benchmark creates its own database there and drops it afterwards.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { PGLITE_EXTENSIONS } from '@/db/pglite-extensions'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import postgres from 'postgres'
import { generateWxr, type GeneratedCounts } from './generate-wxr'

const DIR = path.resolve('.data/bench')
const FILE = path.join(DIR, 'wordpress-large.xml')
const COUNTS_FILE = path.join(DIR, 'wordpress-large.json')
const TABLES = ['users', 'categories', 'tags', 'articles', 'article_tags', 'article_revisions', 'comments', 'media', 'redirects', 'external_refs']
const REPLIES = 'select count(*)::int as n from comments where parent_id is not null'
const TARGET = { firstSeconds: 30, rerunSeconds: 15, peakMb: 300 }

type Counts = Record<string, number> // rows per table, plus "replies" (comments linked to a parent)
type Counter = { count: () => Promise<Counts>; close: () => Promise<void> }
type Target = { env: Record<string, string>; open: () => Promise<Counter> }
// CPU and peak RSS are the import process's own; a new PGlite folder is created (initdb) by a child process of it,
// whose CPU and peak are reported beside them ("child").
type Measured = { wallSeconds: number; cpuSeconds: number; peakMb: number; child: { cpuSeconds: number; peakMb: number; wallSeconds: number } | null; loadBefore: number[]; loadAfter: number[] }
// "first": into a database that does not exist yet (created and migrated by the command, inside the figures);
// "first, migrated": PGlite only, into a folder created and migrated beforehand: the import alone, without initdb.
type RunKind = 'first' | 'first, migrated' | 're-run'
type Run = Measured & { driver: string; run: RunKind; rowsAdded: number; counts: Counts }
type Check = { what: string; expected: string; measured: string; pass: boolean | null } // null: reported, not a target

async function pgliteTarget(dir: string, { migrated = false } = {}): Promise<Target> {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.dirname(dir), { recursive: true })
  if (migrated) {
    const pglite = new PGlite(dir, { extensions: PGLITE_EXTENSIONS })
    await migratePglite(drizzlePglite(pglite), { migrationsFolder: path.resolve('db/migrations') })
    await pglite.close()
  }
  return {
    env: { PGLITE_DIR: dir },
    open: async () => {
      const pglite = new PGlite(dir, { extensions: PGLITE_EXTENSIONS })
      return {
        count: () => countRows((query) => pglite.query<{ n: number }>(query).then((r) => Number(r.rows[0]!.n))),
        close: () => pglite.close(),
      }
    },
  }
}

/** An empty database: the import command migrates it, as it would a new server's. */
async function postgresTarget(admin: string, name: string): Promise<Target & { drop: () => Promise<void> }> {
  const server = postgres(admin, { max: 1, onnotice: () => {} })
  await server.unsafe(`create database ${name}`)
  const url = new URL(admin)
  url.pathname = `/${name}`
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

async function countRows(scalar: (query: string) => Promise<number>): Promise<Counts> {
  const counts: Counts = {}
  for (const table of TABLES) counts[table] = await scalar(`select count(*)::int as n from ${table}`)
  counts.replies = await scalar(REPLIES)
  return counts
}

const totalRows = (counts: Counts) => TABLES.reduce((sum, table) => sum + (counts[table] ?? 0), 0)
const load = () => os.loadavg().map((n) => Math.round(n * 100) / 100)

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env // each target sets its own; PGlite runs need it unset
  return rest
}

/** Runs the real command in its own process; its peak RSS comes from its own getrusage (tsx's launcher excluded). */
async function importOnce(env: Record<string, string>): Promise<Measured> {
  const report = path.join(DIR, `report-${process.pid}.json`)
  const loadBefore = load()
  const started = performance.now()
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['run', '-s', 'import:wordpress', '--', FILE, '--report', report, '--site', 'none'], {
      env: { ...withoutDatabaseUrl(process.env), ...env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('exit', resolve)
  })
  const wallSeconds = (performance.now() - started) / 1000
  if (code !== 0) throw new Error(`the import exited with code ${code}`)
  const { maxRssKb, cpuMs, created } = JSON.parse(readFileSync(report, 'utf8')) as { maxRssKb: number; cpuMs: number; created?: { maxRssKb: number; cpuMs: number; wallMs: number } | null }
  rmSync(report)
  const child = created ? { cpuSeconds: created.cpuMs / 1000, peakMb: created.maxRssKb / 1024, wallSeconds: created.wallMs / 1000 } : null
  return { wallSeconds, cpuSeconds: cpuMs / 1000, peakMb: maxRssKb / 1024, child, loadBefore, loadAfter: load() }
}

async function countIn(target: Target): Promise<Counts> {
  const counter = await target.open()
  try {
    return await counter.count()
  } finally {
    await counter.close()
  }
}

async function benchDriver(driver: string, target: Target, kinds: RunKind[] = ['first', 're-run']): Promise<Run[]> {
  const runs: Run[] = []
  let before: Counts = {} // every target starts without a single row
  for (const run of kinds) {
    console.log(`\n── ${driver}, ${run} ──`)
    const measured = await importOnce(target.env)
    const after = await countIn(target)
    runs.push({ driver, run, ...measured, rowsAdded: totalRows(after) - totalRows(before), counts: after })
    before = after
  }
  return runs
}

function checks(runs: Run[], file: GeneratedCounts): Check[] {
  const out: Check[] = []
  const add = (what: string, expected: string, measured: string, pass: boolean | null) => out.push({ what, expected, measured, pass })
  for (const r of runs) {
    const name = `${r.driver} ${r.run}`
    if (r.run !== 're-run') {
      add(`${name}: wall time`, `≤ ${TARGET.firstSeconds} s`, `${r.wallSeconds.toFixed(1)} s`, r.wallSeconds <= TARGET.firstSeconds)
      add(`${name}: peak RSS`, `≤ ${TARGET.peakMb} MB`, `${r.peakMb.toFixed(0)} MB`, r.peakMb <= TARGET.peakMb)
      if (r.child) add(`${name}: peak RSS of the child that created the folder (initdb, ${r.child.wallSeconds.toFixed(1)} s, inside the wall time)`, 'reported', `${r.child.peakMb.toFixed(0)} MB`, null)
      const expected: [string, number, number][] = [
        ['posts → articles', file.posts, r.counts.articles ?? -1],
        ['authors → users', file.authors, r.counts.users ?? -1],
        ['images → media', file.attachments, r.counts.media ?? -1],
        ['comments', file.comments, r.counts.comments ?? -1],
        ['replies linked to their parent', file.replies, r.counts.replies ?? -1],
        ['redirects', file.redirects, r.counts.redirects ?? -1],
      ]
      for (const [what, want, got] of expected) add(`${name}: ${what}`, String(want), String(got), want === got)
    } else {
      add(`${name}: wall time`, `≤ ${TARGET.rerunSeconds} s`, `${r.wallSeconds.toFixed(1)} s`, r.wallSeconds <= TARGET.rerunSeconds)
      add(`${name}: rows added`, '0', String(r.rowsAdded), r.rowsAdded === 0)
    }
  }
  return out
}

function report(runs: Run[], file: GeneratedCounts, results: Check[]): string {
  const cpu = os.cpus()
  const lines = [
    `# WordPress import benchmark, ${new Date().toISOString()}`,
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, shared with other engineers' builds.`,
    `File: ${(file.bytes / 1_048_576).toFixed(1)} MB, ${file.posts} posts, ${file.attachments} images, ${file.comments} comments (${file.replies} replies), ${file.redirects} old addresses.`,
    '"first": the database does not exist yet; the command creates (PGlite) and migrates it inside the measured time. "first, migrated": into a PGlite folder created and migrated beforehand, outside the measure.',
    'CPU = the import process\'s user + system time (all its threads); "+ child": the short-lived child process that created the new PGlite folder (initdb and migrations), its CPU and peak RSS; load = the 1/5/15-minute load averages (`uptime`) before → after the run.',
    '',
    '| driver | run | wall (s) | CPU (s) | peak RSS (MB) | rows added | rows/s | load before | load after |',
    '|---|---|--:|--:|--:|--:|--:|---|---|',
    ...runs.map((r) =>
      [r.driver, r.run, r.wallSeconds.toFixed(1), `${r.cpuSeconds.toFixed(1)}${r.child ? ` + child ${r.child.cpuSeconds.toFixed(1)}` : ''}`, `${r.peakMb.toFixed(0)}${r.child ? ` (child ${r.child.peakMb.toFixed(0)})` : ''}`, r.rowsAdded, r.run !== 're-run' ? Math.round(r.rowsAdded / r.wallSeconds) : '–', r.loadBefore.join(' '), r.loadAfter.join(' ')]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    ),
    '',
    '| check | target | measured | result |',
    '|---|---|---|---|',
    ...results.map((c) => `| ${c.what} | ${c.expected} | ${c.measured} | ${c.pass === null ? '–' : c.pass ? 'PASS' : 'FAIL'} |`),
    '',
    `Overall: ${results.every((c) => c.pass !== false) ? 'PASS' : `FAIL (${results.filter((c) => c.pass === false).length} of ${results.filter((c) => c.pass !== null).length} checks)`}`,
  ]
  return lines.join('\n')
}

async function main() {
  const { values } = parseArgs({
    options: { regenerate: { type: 'boolean', default: false }, skip: { type: 'string', multiple: true, default: [] }, out: { type: 'string' } },
  })
  mkdirSync(DIR, { recursive: true })
  const cached = existsSync(COUNTS_FILE) ? (JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) as Partial<GeneratedCounts>) : null
  if (values.regenerate || !existsSync(FILE) || cached?.authors === undefined) {
    console.log(`Generating ${FILE}…`)
    writeFileSync(COUNTS_FILE, JSON.stringify(await generateWxr(FILE, { posts: 2200, comments: 26000 })))
  }
  const file = JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) as GeneratedCounts
  const stamp = `${Date.now()}`
  const runs: Run[] = []
  if (!values.skip.includes('pglite')) {
    for (const migrated of [false, true]) {
      const dir = path.join(DIR, `pglite-${stamp}-${migrated ? 'migrated' : 'new'}`)
      try {
        runs.push(...(await benchDriver('pglite', await pgliteTarget(dir, { migrated }), migrated ? ['first, migrated'] : ['first', 're-run'])))
      } finally {
        rmSync(dir, { recursive: true, force: true })
        rmSync(`${dir}.lock`, { force: true })
      }
    }
  }
  if (!values.skip.includes('postgres')) {
    const target = await postgresTarget(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', `kiosque_import_bench_${stamp}`)
    try {
      runs.push(...(await benchDriver('postgres', target)))
    } finally {
      await target.drop()
    }
  }
  const results = checks(runs, file)
  const text = report(runs, file, results)
  const out = values.out ?? path.join('bench/results', `import-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, `${text}\n`)
  console.log(`\n${text}\n\nWritten to ${out}`)
  if (!results.every((c) => c.pass !== false)) process.exitCode = 1
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exitCode = 1
})
