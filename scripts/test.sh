#!/usr/bin/env bash
# `npm test`: everything CI runs, in order, ending with one summary line of counts.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
mkdir -p test-results
step() { printf '\n\033[1m▶ %s\033[0m\n' "$1"; }

step 'Lockfile';            node scripts/check-lockfile.mjs
step 'Browser';             bash scripts/ensure-chromium.sh
step 'Lint';                npx eslint . --max-warnings=0
step 'Type-check';          npx next typegen >/dev/null && npx tsc --noEmit
step 'Unit tests';          npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json
step 'Query tests on PGlite';     env -u TEST_DATABASE_URL -u DATABASE_URL npx vitest run --project db --reporter=default --reporter=json --outputFile.json=test-results/db-pglite.json
step "Query tests on PostgreSQL ($TEST_DATABASE_URL)"; env -u DATABASE_URL npx vitest run --project db --reporter=default --reporter=json --outputFile.json=test-results/db-postgres.json
step 'Build and browser tests on PGlite';      E2E_DRIVER=pglite bash scripts/e2e.sh
step 'Build and browser tests on PostgreSQL';  E2E_DRIVER=postgres bash scripts/e2e.sh
# Every phase of `npm run bench` on a tiny corpus (about two minutes): the benchmark keeps working, and it fails
# when a phase breaks or a comment post is lost or stored twice (its speed figures are not judged here).
step 'Benchmark smoke run on PGlite'; env -u DATABASE_URL npm run --silent bench -- --smoke
step 'Summary';             node scripts/test-summary.mjs
