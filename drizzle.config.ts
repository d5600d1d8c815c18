import type { Config } from 'drizzle-kit'

// Generating migrations needs no database: `npm run db:generate -- --name <what-changed>`
export default {
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  strict: true,
} satisfies Config
