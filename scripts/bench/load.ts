// autocannon as a library: a warm-up run whose figures are thrown away, then the measured run of fixed duration.
import autocannon from 'autocannon'
import { sampleRss } from './server'

export type LoadResult = {
  target: string
  connections: number
  seconds: number
  requests: number
  rps: number
  p50: number
  p90: number
  p99: number
  max: number
  errors: number // socket errors, timeouts and unexpected statuses
  errorDetail: { socket: number; timeouts: number; statuses: Record<string, number> }
  non2xx: number
  bytesPerRequest: number
  peakRssMb: number | null
  extra?: Record<string, number | string>
}

export type LoadSpec = {
  target: string
  url: string
  connections: number
  warmupSeconds: number
  seconds: number
  serverPid?: number
  /** Statuses that count as success besides 2xx (e.g. 303 for the plain comment form). */
  okStatuses?: number[]
  requests?: autocannon.Request[]
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
}

/** What a browser sends when it loads a page; the proxy answers documents from memory (lib/rendered-pages.ts). */
export const DOCUMENT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

async function run(spec: LoadSpec, seconds: number) {
  return autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    method: spec.method ?? 'GET',
    headers: { accept: DOCUMENT_ACCEPT, ...spec.headers },
    requests: spec.requests,
  })
}

export async function measure(spec: LoadSpec): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) await run(spec, spec.warmupSeconds)
  const rss = spec.serverPid ? sampleRss(spec.serverPid) : null
  const result = await run(spec, spec.seconds)
  const peakRssMb = rss ? rss.stop() : null
  const ok = new Set([...(spec.okStatuses ?? [])])
  const statusCounts = result.statusCodeStats as unknown as Record<string, { count: number }> | undefined
  let unexpected = 0
  const statuses: Record<string, number> = {}
  for (const [code, { count }] of Object.entries(statusCounts ?? {})) {
    const status = Number(code)
    if ((status < 200 || status >= 300) && !ok.has(status)) {
      unexpected += count
      statuses[code] = count
    }
  }
  const requests = result.requests.total
  return {
    target: spec.target,
    connections: spec.connections,
    seconds: spec.seconds,
    requests,
    rps: Math.round(requests / spec.seconds),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + unexpected, // autocannon counts timeouts among its errors
    errorDetail: { socket: result.errors - result.timeouts, timeouts: result.timeouts, statuses },
    non2xx: result.non2xx,
    bytesPerRequest: requests ? Math.round(result.throughput.total / requests) : 0,
    peakRssMb,
  }
}
