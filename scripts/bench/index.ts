// `npm run bench`: builds a corpus in a fresh database, builds and starts Kiosque as users run it, counts database
// round trips per uncached render, loads the public pages, the ceilings and the comment form with autocannon,
// measures freshness after a publish and an approval, and writes bench/results/<time>-<mode>-<driver>.{json,md}.
// See bench/README.md for what each figure means. Usage: npm run bench -- --help
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type autocannon from 'autocannon'
import { measureCommentFloor, measureCommentPosts, prepareCommentPosts, type CommentTally } from './comments-load'
import type { Corpus } from './corpus'
import { measureFreshness } from './freshness'
import { DOCUMENT_ACCEPT, measure, type LoadResult } from './load'
import { readOptions } from './options'
import { countQueries } from './queries'
import { type BenchResults, checkTargets, writeResults } from './report'
import { nextBuild, nextStart, type Server, startProcess } from './server'
import { explainAll, runnerFor, statementsFromLog } from './explain'
import { SERVER_ENV, SERVER_NODE_FLAGS } from '../lib/server-command'

const ROOT = process.cwd()
const CEILING_DIR = path.join(ROOT, 'bench/ceiling-app')
const log = (line: string) => console.log(line)

async function main() {
  const options = readOptions(process.argv.slice(2))
  const startedAt = new Date().toISOString()
  const runTag = Date.now().toString(36)
  const workDir = path.join(ROOT, '.data/bench', `run-${runTag}`)
  mkdirSync(workDir, { recursive: true })
  const loadBefore = os.loadavg()
  const loadDuring: number[] = []
  const loadTimer = setInterval(() => loadDuring.push(os.loadavg()[0]!), 5_000)
  const secret = randomBytes(32).toString('base64url')
  const cleanups: (() => Promise<void>)[] = []

  // ── Database ──────────────────────────────────────────────────────────────────────────────────────
  const driver = options.postgresAdminUrl ? 'postgres' : 'pglite'
  const dbEnv: Record<string, string> = {}
  let dropDatabase: (() => Promise<void>) | null = null
  if (options.postgresAdminUrl) {
    const { default: postgres } = await import('postgres')
    const name = `kiosque_bench_${runTag}`
    const admin = postgres(options.postgresAdminUrl, { max: 1, onnotice: () => {} })
    await admin.unsafe(`create database ${name}`)
    const url = new URL(options.postgresAdminUrl)
    url.pathname = `/${name}`
    dbEnv.DATABASE_URL = url.toString()
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
    log(`PostgreSQL database ${name} on ${url.host}`)
  } else {
    dbEnv.PGLITE_DIR = path.join(workDir, 'pglite')
    log(`PGlite in ${path.relative(ROOT, dbEnv.PGLITE_DIR)}`)
  }
  Object.assign(process.env, dbEnv)
  if (!options.postgresAdminUrl) delete process.env.DATABASE_URL
  const { closeDb: closeOurDb, db } = await import('@/db') // closing releases the PGlite folder to the server

  let results: BenchResults | null = null
  const servers: Server[] = []
  try {
    log(`\nCorpus: ${options.size.articles.toLocaleString('en')} articles, ${options.size.comments.toLocaleString('en')} comments`)
    const { migrateDatabase } = await import('@/db/migrate')
    await migrateDatabase()
    const { buildCorpus } = await import('./corpus')
    const corpus: Corpus = await buildCorpus(db, options.size, log)
    // On PGlite, the daily VACUUM (ANALYZE) a fresh site's first scheduler tick would run (db/maintenance.ts), done
    // now: the server under load does not start with one.
    const { maintainEmbeddedDatabase } = await import('@/db/maintenance')
    await maintainEmbeddedDatabase(new Date())
    await closeOurDb()

    const port = options.port
    const origin = `http://127.0.0.1:${port}`
    const serverEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...dbEnv,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      AUTH_SECRET: secret,
      SITE_URL: origin,
      TRUST_PROXY: 'true', // many distinct readers, told apart by X-Forwarded-For
      KIOSQUE_COUNT_QUERIES: 'false',
    }
    if (!options.postgresAdminUrl) delete serverEnv.DATABASE_URL

    log('\nBuilding Kiosque (next build)…')
    // A profiled run keeps the server code's names readable in the profile.
    const buildSeconds = await nextBuild(ROOT, options.cpuProf ? ['--no-mangling'] : [], serverEnv, path.join(workDir, 'build.log'))
    rmSync(path.join(ROOT, '.next/kiosque-build-stamp'), { force: true }) // `npm start` must rebuild from its own database
    log(`  built in ${buildSeconds.toFixed(1)} s`)

    // ── Round trips per uncached render, on a server that has served nothing yet ──────────────────────
    log('\nCounting queries per uncached render…')
    // Without its scheduler: a tick landing inside a counted render added its statement to that page's figure.
    const counting = await nextStart('kiosque (counting queries)', ROOT, null, port, { ...serverEnv, ...SERVER_ENV, KIOSQUE_COUNT_QUERIES: 'true', KIOSQUE_SCHEDULER: 'false' }, '/fr/recherche', SERVER_NODE_FLAGS)
    servers.push(counting)
    const coldStartMs = counting.coldStartMs
    // The in-process scheduler's first tick (2 s after start) runs its own statements: let it pass first.
    for (let waited = 0; waited < 6_000 && !counting.output().includes('"deleted_at" <'); waited += 100) await new Promise((r) => setTimeout(r, 100))
    // Another article, past the ones the build prerendered: what one more article costs once the menu, rail and
    // comment settings are cached.
    const second = corpus.commentTargets[35]!
    const queries = await countQueries(counting, [
      ['article (cold server)', corpus.hotArticle.path],
      ['another article (site-wide parts cached)', second.path],
      ['home', '/fr'],
      ['category', `/fr/${corpus.categorySlug}`],
      ['author', `/fr/auteur/${corpus.authorSlug}`],
      ['feed', '/fr/feed.xml'],
      ['search', `/fr/recherche?q=${encodeURIComponent(corpus.searchTerms[0]!)}`],
    ])
    for (const q of queries) log(`  ${q.page.padEnd(42)} ${q.status}  ${q.queries} queries`)
    const statements = statementsFromLog(counting.output())
    await counting.stop()
    servers.splice(servers.indexOf(counting), 1)

    // ── The server under load ─────────────────────────────────────────────────────────────────────────
    const profileDir = path.join(ROOT, '.data/bench/profiles')
    if (options.cpuProf) mkdirSync(profileDir, { recursive: true })
    const server = await nextStart(
      options.cpuProf ? 'kiosque (profiled)' : 'kiosque',
      ROOT,
      null,
      port,
      { ...serverEnv, ...SERVER_ENV, ...(options.serverNodeOptions ? { NODE_OPTIONS: options.serverNodeOptions } : {}) },
      '/fr',
      [...SERVER_NODE_FLAGS, ...(options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    )
    servers.push(server)

    const pages: Record<string, string> = {
      home: '/fr',
      category: `/fr/${corpus.categorySlug}`,
      article: corpus.hotArticle.path,
      author: `/fr/auteur/${corpus.authorSlug}`,
      feed: '/fr/feed.xml',
    }
    for (const [name, pagePath] of Object.entries(pages)) {
      const response = await fetch(origin + pagePath)
      const text = await response.text()
      if (response.status !== 200) throw new Error(`${name} ${pagePath} answered ${response.status}`)
      if (name === 'article' && (text.match(/<article id="comment-/g) ?? []).length < 50) throw new Error(`the article page does not show its 50 comments`)
    }

    // ── Ceilings ──────────────────────────────────────────────────────────────────────────────────────
    const ceilingUrls: Record<string, string> = {}
    if (!options.skipCeilings) {
      const html = await (await fetch(origin + corpus.hotArticle.path)).text()
      const articleFile = path.join(workDir, 'article.html')
      writeFileSync(articleFile, html)
      const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html
      writeFileSync(path.join(CEILING_DIR, 'article-body.html'), body.replace(/<script[\s\S]*?<\/script>/g, ''))
      mkdirSync(path.join(CEILING_DIR, 'public'), { recursive: true })
      copyFileSync(articleFile, path.join(CEILING_DIR, 'public/article.html'))
      log('\nBuilding ceiling (a): a one-page Next app with the same markup…')
      const ceilingLog = path.join(workDir, 'ceiling-build.log')
      // webpack: Turbopack will not build an app nested in another project's root without adopting that project's
      // instrumentation; a static page is served by the same next-server code whichever bundler emitted it.
      const ceilingBuild = await nextBuild(CEILING_DIR, ['--webpack'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }, ceilingLog)
      const { readFileSync } = await import('node:fs')
      if (!/○ \/\s/.test(readFileSync(ceilingLog, 'utf8'))) throw new Error(`ceiling (a) is not ○ Static; see ${ceilingLog}`)
      log(`  built in ${ceilingBuild.toFixed(1)} s (○ Static)`)
      const ceilingEnv = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' }
      servers.push(await nextStart('ceiling (a)', CEILING_DIR, null, port + 1, ceilingEnv, '/'))
      servers.push(await startProcess({ name: 'ceiling (b)', command: [process.execPath, 'scripts/bench/bare-server.mjs', articleFile, String(port + 2)], cwd: ROOT, env: ceilingEnv, port: port + 2, readyPath: '/' }))
      ceilingUrls['ceiling-a'] = `http://127.0.0.1:${port + 1}/`
      ceilingUrls['ceiling-b'] = `http://127.0.0.1:${port + 2}/`
      ceilingUrls['public-file'] = `http://127.0.0.1:${port + 1}/article.html`
    }
    const ceilingPid = (name: string) => servers.find((s) => s.name === (name === 'ceiling-b' ? 'ceiling (b)' : 'ceiling (a)'))?.pid

    // ── Load ──────────────────────────────────────────────────────────────────────────────────────────
    const wanted = (target: string) => !options.only || options.only.has(target)
    const runs: LoadResult[] = []
    const record = (result: LoadResult) => {
      runs.push(result)
      const extra = result.extra?.acceptedPerSecond !== undefined ? ` (${result.extra.acceptedPerSecond} accepted/s)` : ''
      log(
        `  ${result.target.padEnd(12)} @${String(result.connections).padEnd(3)} ${String(result.rps).padStart(6)} req/s${extra}  p50 ${result.p50} ms  p99 ${result.p99} ms  errors ${result.errors}  ${result.bytesPerRequest} B  RSS ${result.peakRssMb ?? '—'} MB`,
      )
    }
    // "search": the 200 queries readers keep typing, each asked once just before the run (a results page renders on
    // its first request and is then kept until a publish, or a minute: lib/rendered-pages.ts; asked once at the start,
    // they had expired by the time the search run came, and re-rendering 200 pages outlasted the warm-up);
    // "search-new": a query nobody asked before on every request.
    const searchPath = (query: string) => `/fr/recherche?q=${encodeURIComponent(query)}`
    let searchIndex = 0
    const searchRequest: autocannon.Request = {
      setupRequest: (req) => ({ ...req, path: searchPath(corpus.searchTerms[searchIndex++ % corpus.searchTerms.length]!) }),
    }
    let freshIndex = 0
    const freshSearchRequest: autocannon.Request = {
      setupRequest: (req) => ({ ...req, path: searchPath(corpus.freshSearchTerm(freshIndex++)) }),
    }
    // As a browser asks (Accept: text/html): only page loads are kept in memory by the proxy (lib/rendered-pages.ts).
    const askSearchesOnce = async () => {
      for (const query of new Set(corpus.searchTerms)) {
        await fetch(origin + searchPath(query), { headers: { accept: DOCUMENT_ACCEPT } }).then((response) => response.arrayBuffer())
      }
    }
    const common = { warmupSeconds: options.warmupSeconds, seconds: options.seconds }
    for (const connections of options.connections) {
      log(`\nLoad at ${connections} connections (${options.warmupSeconds} s warm-up, ${options.seconds} s measured)`)
      for (const [target, url] of Object.entries(ceilingUrls)) {
        if (wanted(target)) record(await measure({ target, url, connections, serverPid: ceilingPid(target), ...common }))
      }
      for (const [target, pagePath] of Object.entries(pages)) {
        if (wanted(target)) record(await measure({ target, url: origin + pagePath, connections, serverPid: server.pid, ...common }))
      }
      if (wanted('search')) {
        await askSearchesOnce()
        record(await measure({ target: 'search', url: origin, connections, serverPid: server.pid, requests: [searchRequest], ...common }))
      }
      if (wanted('search-new')) {
        record(await measure({ target: 'search-new', url: origin, connections, serverPid: server.pid, requests: [freshSearchRequest], ...common }))
      }
    }

    // Comment POSTs come after every page run: approved ones revalidate the threads they join.
    let comments: BenchResults['comments'] = null
    let commentTally: CommentTally | null = null
    if (wanted('comments-floor')) {
      for (const connections of options.connections) {
        record(await measureCommentFloor({ origin, articlePath: corpus.hotArticle.path, connections, ...common, serverPid: server.pid }))
      }
    }
    const commentRuns = (['comments', 'comments-form'] as const).filter(wanted)
    if (commentRuns.length) {
      const expected = commentRuns.length * options.connections.length * (options.warmupSeconds + options.seconds) * 1500
      log(`\nPreparing ${expected.toLocaleString('en')} distinct comment posts…`)
      const targets = { ...corpus, commentTargets: corpus.commentTargets.filter((t) => t.id !== corpus.hotArticle.id) }
      const posts = prepareCommentPosts(targets, secret, runTag, expected, origin)
      const tally: CommentTally = { accepted: 0, acceptedPosts: new Set(), sent: 0, refused: {}, serverErrors: 0, unreadable: 0 }
      const cursor = { next: 0 }
      for (const target of commentRuns) {
        for (const connections of options.connections) {
          const via = target === 'comments' ? 'enhanced' : 'plain'
          record(await measureCommentPosts({ origin, via, posts, connections, ...common, serverPid: server.pid, cursor, tally }))
        }
      }
      commentTally = tally
    }

    log('\nFreshness…')
    const freshness = await measureFreshness(origin, path.join(ROOT, '.next'), corpus)
    log(`  publish (action ${freshness.publish.actionMs} ms): ${JSON.stringify(freshness.publish.pages)}`)
    log(`  approve (action ${freshness.approve.actionMs} ms): ${JSON.stringify(freshness.approve.pages)}`)

    for (const s of servers.splice(0)) await s.stop()

    log(`\nEXPLAIN ANALYZE of the ${statements.length} SELECTs those renders made…`)
    const { getConnection } = await import('@/db')
    const explain = await explainAll(runnerFor(getConnection()), statements)
    for (const e of explain) log(`  ${e.ms.toFixed(2).padStart(8)} ms  ${e.seqScans.length ? `seq scan on ${e.seqScans.join(', ')}` : 'index only'}  ${e.sql.slice(0, 90)}`)

    if (commentTally) {
      // Every post answered ok must be stored exactly once. Posts still in flight when a run stopped may be stored
      // without their answer having been counted: they are reported, and must be posts that were really sent.
      const { db: reopened } = await import('@/db')
      const { sql } = await import('drizzle-orm')
      const result = await reopened.execute(sql`select body from comments where body like ${`Avis ${runTag} n°%`}`)
      const rows = (result as unknown as { rows?: { body: string }[] }).rows ?? (result as unknown as { body: string }[])
      const storedCount = new Map<number, number>()
      for (const row of rows) {
        const index = Number(/n°(\d+) :/.exec(row.body)?.[1] ?? -1)
        storedCount.set(index, (storedCount.get(index) ?? 0) + 1)
      }
      const tally = commentTally
      const missing = [...tally.acceptedPosts].filter((index) => !storedCount.has(index)).length
      const duplicates = [...storedCount.values()].filter((n) => n > 1).length
      const inFlight = [...storedCount.keys()].filter((index) => !tally.acceptedPosts.has(index)).length
      const neverSent = [...storedCount.keys()].filter((index) => index < 0 || index >= tally.sent).length
      comments = {
        accepted: tally.accepted,
        stored: rows.length,
        missing,
        duplicates,
        inFlight,
        neverSent,
        sent: tally.sent,
        refused: tally.refused,
        serverErrors: tally.serverErrors,
        unreadable: tally.unreadable,
      }
      await closeOurDb()
      log(
        `\nComments: ${tally.sent} sent, ${comments.accepted} accepted, ${comments.stored} stored (${missing} accepted but missing, ${duplicates} duplicated, ` +
          `${inFlight} in flight at a run's end), ${comments.serverErrors} server errors, refused ${JSON.stringify(comments.refused)}`,
      )
    }

    const partial = {
      startedAt,
      mode: options.mode,
      driver: driver as BenchResults['driver'],
      machine: {
        cpus: os.cpus().length,
        node: process.version,
        serverNodeFlags: [...Object.entries(SERVER_ENV).map(([name, value]) => `${name}=${value}`), ...SERVER_NODE_FLAGS, ...(options.serverNodeOptions ? [`NODE_OPTIONS=${options.serverNodeOptions}`] : [])],
        loadBefore, loadAfter: os.loadavg(), loadDuring },
      corpus: { articles: options.size.articles, comments: options.size.comments, seconds: corpus.seconds },
      buildSeconds,
      coldStartMs,
      runs,
      comments,
      freshness,
      queries,
      explain,
    }
    results = { ...partial, targets: checkTargets(partial) }
  } finally {
    clearInterval(loadTimer)
    for (const s of servers) await s.stop().catch(() => {})
    await closeOurDb().catch(() => {})
    for (const cleanup of cleanups) await cleanup().catch(() => {})
    if (!options.keep) {
      if (dropDatabase) await dropDatabase().catch((error: Error) => console.error(`Could not drop the bench database: ${error.message}`))
      rmSync(workDir, { recursive: true, force: true })
    } else if (dropDatabase) {
      log(`Kept the database: ${dbEnv.DATABASE_URL}`)
    } else {
      log(`Kept ${workDir}`)
    }
  }

  if (results) {
    const dir = path.join(ROOT, options.mode === 'smoke' ? '.data/bench/results' : 'bench/results')
    const files = writeResults(results, dir)
    log(`\nResults: ${path.relative(ROOT, files.md)} and .json`)
    for (const t of results.targets) log(`  ${t.met === null ? '·' : t.met ? '✓' : '✗'} ${t.name}: ${t.detail}`)
    // Smoke mode checks that every phase ran and that nothing was lost or broken, not the speed.
    if (options.mode === 'smoke') {
      const c = results.comments
      const broken = results.runs.some((r) => r.requests === 0 || (!r.target.startsWith('comments') && r.errors > 0)) || (c && (c.accepted === 0 || c.missing > 0 || c.duplicates > 0 || c.neverSent > 0 || c.serverErrors > 0))
      if (broken) {
        console.error('Smoke run found a broken phase (no requests, errors, or comments lost or duplicated).')
        process.exitCode = 1
      }
    }
  }
  if (existsSync(workDir) && !options.keep) rmSync(workDir, { recursive: true, force: true })
}

main().catch((error: Error) => {
  console.error(`\n✖ ${error.stack ?? error.message}`)
  process.exit(1)
})
