// Migrates the configured database and fills it with the demo newsroom when it is empty.
// Used by `npm start`, by the test runner for the e2e database, and on its own as `npm run db:setup`.
import { closeDb, db, driver } from '@/db'
import { migrateDatabase } from '@/db/migrate'
import { isDatabaseEmpty, seedDemo } from '@/db/seed'
import { describeDatabase, explainDatabaseError } from './lib/database-errors'

export async function setupDatabase(): Promise<{ seeded: boolean }> {
  try {
    await migrateDatabase()
    if (!(await isDatabaseEmpty(db))) return { seeded: false }
    const result = await seedDemo(db)
    console.log(`Seeded the demo newsroom in ${describeDatabase()}: ${result.publishedCount} published articles.`)
    return { seeded: true }
  } catch (error) {
    throw explainDatabaseError(error)
  } finally {
    await closeDb()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  setupDatabase().then(
    ({ seeded }) => {
      if (!seeded) console.log(`Database ready (${driver}), existing data kept.`)
    },
    (error: Error) => {
      console.error(error.message)
      process.exit(1)
    },
  )
}
