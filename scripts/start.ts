// `npm start`: everything a new user needs, in order: configuration check, secret, free port, migrated and seeded
// database, a production build when the current one is missing or stale, then `next start` and the demo sign-ins.
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

process.env.NEXT_TELEMETRY_DISABLED = '1'

async function main() {
  // Feeds, sitemaps and canonical links name SITE_URL; unset, it is where this command serves the site.
  if (!process.env.SITE_URL) process.env.SITE_URL = `http://localhost:${/^\d+$/.test(process.env.PORT ?? '') ? process.env.PORT : 3000}`
  const { env } = await import('@/lib/env').catch((error: Error) => fail(error.message))
  const { secretFile } = await import('@/lib/secret')
  const secret = env.AUTH_SECRET ?? loadOrCreateSecret(env.DATA_DIR, secretFile)
  await assertPortFree(env.PORT)

  const { setupDatabase } = await import('./db-setup')
  const { describeDatabase } = await import('./lib/database-errors')
  await setupDatabase().catch((error: Error) => fail(error.message))

  const childEnv = { ...process.env, AUTH_SECRET: secret, NODE_ENV: 'production' as const }
  const stamp = buildStamp(env.DATABASE_URL ?? path.resolve(env.PGLITE_DIR), env.SITE_URL)
  if (readStamp() !== stamp) {
    console.log('Building the production app (first run or changed sources)…')
    const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: childEnv })
    if (build.status !== 0) fail('The production build failed: see the messages above.')
    writeFileSync('.next/kiosque-build-stamp', stamp)
  }

  const started = Date.now()
  const { nextStartCommand, SERVER_ENV } = await import('./lib/server-command')
  const [command, args] = nextStartCommand({ port: env.PORT })
  const server = spawn(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...childEnv, ...SERVER_ENV },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))

  const url = `http://localhost:${env.PORT}`
  await waitForOk(`${url}/fr`, 60_000)
  console.log(`\nKiosque is ready at ${url} (${describeDatabase()}, first page in ${Date.now() - started} ms)`)
  console.log('Demo sign-ins at', `${url}/sign-in:`)
  const { DEMO_STAFF } = await import('@/db/seed-content')
  for (const person of DEMO_STAFF.filter((p) => p.password !== 'kiosque-demo')) {
    console.log(`  ${person.role.padEnd(11)} ${person.email.padEnd(26)} ${person.password}`)
  }
  console.log('  (other journalists: <name>@kiosque.test / kiosque-demo)\n')
}

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

/** The demo's session secret: generated once into the data folder (git-ignored), never committed. */
function loadOrCreateSecret(dataDir: string, secretFile: (dataDir: string) => string): string {
  const file = secretFile(dataDir)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is already in use. Stop the other server, or choose another port: PORT=${port + 1} npm start`
          : `Cannot listen on port ${port}: ${error.message}`,
      ),
    )
    probe.listen(port, () => probe.close(() => resolve()))
  })
}

const SOURCE_DIRS = ['app', 'components', 'db', 'lib', 'public']
const SOURCE_FILES = ['package-lock.json', 'next.config.ts', 'proxy.ts', 'auth.ts', 'auth.config.ts', 'postcss.config.mjs']

/**
 * A hash of the sources, of which database the build prerendered from and of the public address baked into
 * prerendered pages (canonical links, feeds): any change means a new build.
 */
function buildStamp(database: string, siteUrl: string): string {
  const hash = createHash('sha256').update(database).update(siteUrl)
  const visit = (entry: string) => {
    if (!existsSync(entry)) return
    if (statSync(entry).isDirectory()) {
      for (const child of readdirSync(entry).sort()) visit(path.join(entry, child))
    } else {
      hash.update(entry).update(readFileSync(entry))
    }
  }
  for (const entry of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(entry)
  return hash.digest('hex')
}

function readStamp(): string | null {
  return existsSync('.next/BUILD_ID') && existsSync('.next/kiosque-build-stamp') ? readFileSync('.next/kiosque-build-stamp', 'utf8') : null
}

async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => null)
    if (response?.ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  fail(`The server did not answer ${url} within ${timeoutMs / 1000} s.`)
}

main()
