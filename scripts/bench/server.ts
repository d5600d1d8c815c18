// Production servers for the benchmark: `next build` and `next start` exactly as users run them (started as
// `node next start`, so the child *is* the server and stopping it stops the server; see NOTES.md), plus peak-RSS
// sampling of the server's whole process tree from /proc.
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type Server = {
  name: string
  url: string
  pid: number
  /** Milliseconds from spawn to the first 200 on the ready URL. */
  coldStartMs: number
  output: () => string
  stop: () => Promise<void>
}

const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next') // the bench runs from the repository's root

export async function nextBuild(cwd: string, extraArgs: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  const started = Date.now()
  const log = createWriteStream(logFile)
  const args = [NEXT_BIN, 'build', ...extraArgs]
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`next build in ${cwd} failed (exit ${code}); see ${logFile}`)
  return (Date.now() - started) / 1000
}

export async function startProcess(options: {
  name: string
  command: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  port: number
  readyPath: string
  timeoutMs?: number
}): Promise<Server> {
  const [bin, ...args] = options.command
  const started = Date.now()
  const child: ChildProcess = spawn(bin ?? process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (chunk: Buffer) => {
    output += chunk.toString()
    if (output.length > 4_000_000) output = output.slice(-2_000_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let exited = false
  child.on('exit', () => (exited = true))
  const url = `http://127.0.0.1:${options.port}`
  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  for (;;) {
    if (exited) throw new Error(`${options.name} exited during start-up:\n${output.slice(-3000)}`)
    const response = await fetch(url + options.readyPath).catch(() => null)
    if (response?.ok) {
      await response.arrayBuffer()
      break
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`${options.name} did not answer ${options.readyPath} within ${(options.timeoutMs ?? 60_000) / 1000} s:\n${output.slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const coldStartMs = Date.now() - started
  return {
    name: options.name,
    url,
    pid: child.pid!,
    coldStartMs,
    output: () => output,
    stop: async () => {
      if (exited) return
      const gone = new Promise((resolve) => child.on('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await gone
      clearTimeout(timer)
    },
  }
}

/** `next start`, with Node flags before it: Kiosque's own (scripts/lib/server-command.ts), none for the ceilings. */
export function nextStart(name: string, cwd: string, dir: string | null, port: number, env: NodeJS.ProcessEnv, readyPath: string, nodeFlags: string[] = []): Promise<Server> {
  const command = [process.execPath, ...nodeFlags, NEXT_BIN, 'start', ...(dir ? [dir] : []), '-p', String(port), '-H', '127.0.0.1']
  return startProcess({ name, command, cwd, env, port, readyPath })
}

/** The process and its descendants (next start runs the server in-process; PGlite has none, but stay general). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(entry))
      children.set(ppid, list)
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []))
  return tree
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

/** Samples the tree's summed VmRSS every 100 ms until stopped; returns the peak in MB. */
export function sampleRss(pid: number): { stop: () => number; current: () => number } {
  let peak = 0
  let last = 0
  let tree = processTree(pid)
  let ticks = 0
  const timer = setInterval(() => {
    if (++ticks % 20 === 0) tree = processTree(pid) // children rarely change; re-read the tree every 2 s
    last = tree.reduce((sum, p) => sum + rssKb(p), 0)
    peak = Math.max(peak, last)
  }, 100)
  return {
    stop: () => {
      clearInterval(timer)
      return Math.round(peak / 1024)
    },
    current: () => Math.round(last / 1024),
  }
}
