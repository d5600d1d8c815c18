// Runs before each db test file, in the one shared worker (isolate: false): the schema is migrated once per run.
import { migrateDatabase } from '@/db/migrate'

const state = globalThis as unknown as { kiosqueMigrated?: Promise<void> }
state.kiosqueMigrated ??= migrateDatabase()
await state.kiosqueMigrated
