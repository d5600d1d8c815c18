// bench/results/<timestamp>.json (every figure) and <timestamp>.md (the tables quoted in notes and the README).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ExplainResult } from './explain'
import type { FreshnessResult } from './freshness'
import type { LoadResult } from './load'
import type { QueryCount } from './queries'

export type BenchResults = {
  startedAt: string
  mode: string
  driver: 'pglite' | 'postgres'
  machine: { cpus: number; node: string; serverNodeFlags: string[]; loadBefore: number[]; loadAfter: number[]; loadDuring: number[] }
  corpus: { articles: number; comments: number; seconds: number }
  buildSeconds: number
  coldStartMs: number
  runs: LoadResult[]
  comments: {
    sent: number
    accepted: number
    stored: number
    missing: number
    duplicates: number
    inFlight: number
    neverSent: number
    refused: Record<string, number>
    serverErrors: number
    unreadable: number
  } | null
  freshness: FreshnessResult | null
  queries: QueryCount[]
  explain: ExplainResult[]
  targets: { name: string; met: boolean | null; detail: string }[]
}

const CEILINGS = ['ceiling-a', 'ceiling-b', 'public-file']
const fmt = (n: number | null | undefined, digits = 0) => (n === null || n === undefined ? '—' : n.toFixed(digits))

export function markdown(results: BenchResults): string {
  const lines: string[] = []
  lines.push(`# Kiosque benchmark: ${results.mode} corpus on ${results.driver}`, '')
  lines.push(
    `${results.startedAt} · ${results.machine.cpus} cores · Node ${results.machine.node} · load average before ${results.machine.loadBefore.map((l) => l.toFixed(2)).join(' / ')}, ` +
      `highest 1-min during ${fmt(Math.max(...results.machine.loadDuring, 0), 2)} · corpus ${results.corpus.articles.toLocaleString('en')} articles, ` +
      `${results.corpus.comments.toLocaleString('en')} comments (built in ${fmt(results.corpus.seconds, 1)} s) · build ${fmt(results.buildSeconds, 1)} s · ` +
      `cold start to first 200: ${results.coldStartMs} ms · server flags ${results.machine.serverNodeFlags.join(' ') || 'none'}`,
    '',
  )
  for (const connections of [...new Set(results.runs.map((r) => r.connections))]) {
    const runs = results.runs.filter((r) => r.connections === connections)
    const ceiling = (name: string) => runs.find((r) => r.target === name)?.rps
    const a = ceiling('ceiling-a')
    const b = ceiling('ceiling-b')
    lines.push(`## ${connections} connections`, '')
    lines.push('| Target | req/s | % of (a) | % of (b) | p50 ms | p99 ms | errors | bytes/req | server peak RSS MB |')
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const run of runs) {
      const rps = run.extra?.acceptedPerSecond !== undefined ? `${run.rps} (${run.extra.acceptedPerSecond} accepted)` : String(run.rps)
      const pct = (ceilingRps: number | undefined) => (ceilingRps && !CEILINGS.includes(run.target) ? `${((run.rps / ceilingRps) * 100).toFixed(0)} %` : '')
      lines.push(
        `| ${run.target} | ${rps} | ${pct(a)} | ${pct(b)} | ${fmt(run.p50)} | ${fmt(run.p99)} | ${run.errors} | ${run.bytesPerRequest} | ${fmt(run.peakRssMb)} |`,
      )
    }
    lines.push('')
  }
  lines.push('Ceilings: (a) one-page Next app prerendering the same article markup (○ Static), `next start`; (b) bare Node `http` server, same bytes from memory; public-file: the same bytes as a file in `public/` of app (a).', '')
  if (results.comments) {
    const c = results.comments
    lines.push(
      `## Comment POSTs`,
      '',
      `Sent ${c.sent}, accepted ${c.accepted}, stored ${c.stored}: ${c.missing} accepted posts missing, ${c.duplicates} stored twice, ` +
        `${c.inFlight} stored while their answer was still in flight when a run stopped, ${c.neverSent} never sent. ` +
        `Server errors ${c.serverErrors}, unreadable answers ${c.unreadable}, refused: ${JSON.stringify(c.refused)}.`,
      '',
    )
  }
  if (results.freshness) {
    const f = results.freshness
    const pages = (p: Record<string, number | null>) => Object.entries(p).map(([name, ms]) => `${name} ${ms === null ? 'never (40 s)' : `${ms} ms`}`).join(', ')
    lines.push('## Freshness (delay after the action returned)', '')
    lines.push(`- Publish (action ${f.publish.actionMs} ms): ${pages(f.publish.pages)}`)
    lines.push(`- Approve a comment (action ${f.approve.actionMs} ms): ${pages(f.approve.pages)}`, '')
  }
  if (results.queries.length) {
    lines.push('## Database round trips per uncached render', '', '| Page | status | queries |', '| --- | ---: | ---: |')
    for (const q of results.queries) lines.push(`| ${q.page} (\`${q.path}\`) | ${q.status} | ${q.queries} |`)
    lines.push('')
  }
  if (results.explain.length) {
    lines.push('## EXPLAIN ANALYZE of those renders\' SELECTs', '', '| ms | sequential scans | statement |', '| ---: | --- | --- |')
    for (const e of results.explain) lines.push(`| ${fmt(e.ms, 2)} | ${e.seqScans.join(', ') || '—'} | \`${e.sql.slice(0, 110).replace(/\|/g, '\\|')}…\` |`)
    lines.push('')
  }
  lines.push('## Targets', '', '| Target | met | detail |', '| --- | --- | --- |')
  for (const t of results.targets) lines.push(`| ${t.name} | ${t.met === null ? 'n/a' : t.met ? 'yes' : '**no**'} | ${t.detail} |`)
  lines.push('')
  return lines.join('\n')
}

export function writeResults(results: BenchResults, dir: string): { json: string; md: string } {
  mkdirSync(dir, { recursive: true })
  const stamp = results.startedAt.replace(/[:.]/g, '-')
  const base = path.join(dir, `${stamp}-${results.mode}-${results.driver}`)
  writeFileSync(`${base}.json`, JSON.stringify(results, null, 2))
  writeFileSync(`${base}.md`, markdown(results))
  return { json: `${base}.json`, md: `${base}.md` }
}

/** The issue's targets, checked against this run's figures. */
export function checkTargets(results: Omit<BenchResults, 'targets'>): BenchResults['targets'] {
  const targets: BenchResults['targets'] = []
  const pages = ['home', 'category', 'article', 'author', 'feed']
  for (const connections of [...new Set(results.runs.map((r) => r.connections))]) {
    const runs = results.runs.filter((r) => r.connections === connections)
    const a = runs.find((r) => r.target === 'ceiling-a')?.rps
    for (const run of runs.filter((r) => pages.includes(r.target))) {
      const p99Limit = connections <= 16 ? 40 : 150
      const ratioOk = connections > 16 || !a ? null : run.rps >= 0.9 * a
      const met = run.errors === 0 && run.p99 <= p99Limit && ratioOk !== false
      targets.push({
        name: `${run.target} @${connections}`,
        met,
        detail: `${run.rps} req/s${a ? ` = ${((run.rps / a) * 100).toFixed(0)} % of (a)` : ''}${connections <= 16 ? ' (≥ 90 %)' : ''}, p99 ${run.p99} ms (≤ ${p99Limit}), ${run.errors} errors`,
      })
    }
    const search = runs.find((r) => r.target === 'search')
    if (search && connections <= 16) {
      targets.push({ name: `search @${connections}`, met: search.rps >= 300 && search.p99 <= 100 && search.errors === 0, detail: `${search.rps} req/s (≥ 300), p99 ${search.p99} ms (≤ 100)` })
    }
    const floor = runs.find((r) => r.target === 'comments-floor')?.rps
    for (const posts of runs.filter((r) => r.target === 'comments' || r.target === 'comments-form')) {
      const accepted = Number(posts.extra?.acceptedPerSecond ?? 0)
      const form = posts.target === 'comments-form'
      const against = floor && !form ? `; the same endpoint refusing the form before any query: ${floor} req/s` : ''
      const name = `comment POSTs${form ? ', plain form' : ''} @${connections}`
      targets.push({ name, met: accepted >= 500, detail: `${accepted} accepted/s (≥ 500)${against}` })
    }
  }
  if (results.comments) {
    const c = results.comments
    targets.push({
      name: 'every accepted comment stored once, 0 server errors',
      met: c.missing === 0 && c.duplicates === 0 && c.neverSent === 0 && c.serverErrors === 0,
      detail: `${c.accepted} accepted, ${c.stored} stored (${c.missing} missing, ${c.duplicates} twice, ${c.inFlight} in flight at stop), ${c.serverErrors} server errors`,
    })
  }
  if (results.freshness) {
    const all = [...Object.entries(results.freshness.publish.pages), ...Object.entries(results.freshness.approve.pages).map(([k, v]) => [`comment on ${k}`, v] as const)]
    const worst = Math.max(...all.map(([, ms]) => (ms === null ? Infinity : ms)))
    targets.push({ name: 'freshness ≤ 1 s', met: worst <= 1000, detail: all.map(([k, ms]) => `${k} ${ms ?? 'never'}`).join(', ') })
  }
  const peak = Math.max(0, ...results.runs.filter((r) => !['ceiling-a', 'ceiling-b', 'public-file'].includes(r.target)).map((r) => r.peakRssMb ?? 0))
  targets.push({ name: 'server peak RSS ≤ 400 MB', met: peak > 0 ? peak <= 400 : null, detail: `${peak} MB` })
  const article = results.queries.find((q) => q.page === 'article (cold server)')
  if (article) targets.push({ name: 'uncached article render ≤ 6 round trips', met: article.queries <= 6, detail: `${article.queries} (cold server, proxy check included)` })
  targets.push({ name: 'cold start to first 200 ≤ 5 s', met: results.coldStartMs <= 5000, detail: `${results.coldStartMs} ms (next start on existing data → first 200 of /fr)` })
  return targets
}
