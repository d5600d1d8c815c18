// npm leaves optional platform packages it could not resolve out of the lockfile without a word, and `npm ci`
// then refuses to install on a clean clone (see NOTES.md). Fail early, offline, with the fix.
import { readFileSync } from 'node:fs'

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
const entries = lock.packages ?? {}
const missing = []
for (const [where, pkg] of Object.entries(entries)) {
  for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
    const nested = `${where ? `${where}/` : ''}node_modules/${name}`
    if (!entries[nested] && !entries[`node_modules/${name}`]) missing.push(`${name} (wanted by ${where || 'the project'})`)
  }
}
if (missing.length) {
  console.error(`package-lock.json is missing ${missing.length} optional packages, so \`npm ci\` will fail on a clean clone:\n  ${missing.join('\n  ')}\nRepair it with \`npm install --package-lock-only\` and commit the result.`)
  process.exit(1)
}
console.log(`package-lock.json: complete (${Object.keys(entries).length} entries)`)
