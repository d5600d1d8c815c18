// The only module that reads process.env. A bad value stops start-up with a sentence that says what to do.
import { z } from 'zod'

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .url({ message: 'DATABASE_URL must be a URL such as postgres://user@127.0.0.1:5432/kiosque, or be left unset to use the embedded database.' })
    .refine((url) => /^postgres(ql)?:\/\//.test(url), 'DATABASE_URL must start with postgres:// or postgresql://.')
    .optional(),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  DATA_DIR: z.string().min(1).default('.data'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET is too short: use at least 32 characters (e.g. `npx auth secret`), or unset it to let `npm start` generate one.').optional(),
  SITE_URL: z.url({ message: 'SITE_URL must be an absolute URL such as https://news.example.com.' }).default('http://localhost:3000'),
  PORT: z.coerce.number().int().min(1).max(65535, 'PORT must be between 1 and 65535.').default(3000),
  REDIS_URL: z.string().optional(),
  // Only behind a reverse proxy you control: take the client IP from X-Forwarded-For.
  TRUST_PROXY: z.stringbool().default(false),
  NEXT_PHASE: z.string().optional(),
  // false: this process does not run the scheduler's timer (with several instances, one of them does).
  KIOSQUE_SCHEDULER: z.stringbool().default(true),
  // End-to-end tests only: lets POST /api/scheduler/tick?now=… run the scheduler at a chosen time.
  KIOSQUE_TEST_CLOCK: z.stringbool().default(false),
  // Benchmarks and profiling only: log every database statement with a running count (db/index.ts).
  KIOSQUE_COUNT_QUERIES: z.stringbool().default(false),
})

export type Env = z.infer<typeof schema>

function parseEnv(): Env {
  // An empty variable (DATABASE_URL= npm start) means unset, as in most tools.
  const set = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''))
  const parsed = schema.safeParse(set)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`)
  }
  return parsed.data
}

export const env = parseEnv()
export const isBuildPhase = env.NEXT_PHASE === 'phase-production-build'

/**
 * Where this server listens, for calling itself (the scheduler). Read when called, not at start-up: Next sets these
 * once the server is listening. `__NEXT_PRIVATE_ORIGIN` is Next's own (private, may go away) and knows the host
 * name; PORT, which Next also sets, is the documented fallback. Null before the server listens.
 */
export function ownOrigin(): string | null {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN
  if (origin && URL.canParse(origin)) return origin
  const port = schema.shape.PORT.safeParse(process.env.PORT || undefined)
  return process.env.PORT && port.success ? `http://127.0.0.1:${port.data}` : null
}
