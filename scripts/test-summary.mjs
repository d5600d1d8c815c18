// One line of counts for the whole run, from the runners' JSON reports.
import { existsSync, readFileSync } from 'node:fs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const rows = []
for (const [label, file] of [['unit', 'test-results/unit.json'], ['db:pglite', 'test-results/db-pglite.json'], ['db:postgres', 'test-results/db-postgres.json']]) {
  const report = read(file)
  if (report) rows.push([label, report.numPassedTests, report.numFailedTests, report.numPendingTests + (report.numTodoTests ?? 0)])
}
for (const driver of ['pglite', 'postgres']) {
  const e2e = read(`test-results/e2e-${driver}.json`)
  if (e2e) rows.push([`e2e:${driver}`, e2e.stats.expected + e2e.stats.flaky, e2e.stats.unexpected, e2e.stats.skipped])
}
for (const [label, passed, failed, skipped] of rows) console.log(`  ${label.padEnd(12)} ${passed} passed, ${failed} failed, ${skipped} skipped`)
const total = rows.reduce((sum, row) => [sum[0] + row[1], sum[1] + row[2], sum[2] + row[3]], [0, 0, 0])
console.log(`${total[0]} passed, ${total[1]} failed, ${total[2]} skipped`)
if (total[1] > 0 || rows.length < 5) process.exit(1)
