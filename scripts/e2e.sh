#!/usr/bin/env bash
# The browser suite against the real production build, on a fresh database of its own:
#   bash scripts/e2e.sh [playwright args]                     embedded PGlite (.data/e2e)
#   E2E_DRIVER=postgres bash scripts/e2e.sh [playwright args] a new database on TEST_DATABASE_URL's server, dropped after
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
DRIVER="${E2E_DRIVER:-pglite}"
# The build prerenders absolute URLs (canonical, hreflang, JSON-LD) with the address the tests' server answers on,
# as a real deployment builds with its own: otherwise each prerendered page hydrates a second set of head tags.
export SITE_URL="http://127.0.0.1:${E2E_PORT:-3100}"
export E2E_REPORT="test-results/e2e-$DRIVER.json"
# Old WordPress URLs for e2e/wordpress-redirects.spec.ts: imported before the build, like a migrated site.
WXR_FIXTURE=lib/wordpress/fixtures/e2e-legacy-urls.xml

if [ "$DRIVER" = postgres ]; then
  ADMIN_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
  NAME="kiosque_e2e_$(date +%s)_$$"
  psql_admin() { node -e "const s=require('postgres')(process.argv[1],{max:1,onnotice:()=>{}});s.unsafe(process.argv[2]).then(()=>s.end(),e=>{console.error(e.message);process.exit(1)})" "$ADMIN_URL" "$1"; }
  psql_admin "create database $NAME"
  trap 'psql_admin "drop database if exists $NAME with (force)"' EXIT
  export E2E_DATABASE_URL="${ADMIN_URL%/*}/$NAME"
  DATABASE_URL="$E2E_DATABASE_URL" npx tsx scripts/db-setup.ts
  DATABASE_URL="$E2E_DATABASE_URL" npx tsx e2e/support/seed-fixtures.ts # rows the specs need (redirects…)
  DATABASE_URL="$E2E_DATABASE_URL" npx tsx scripts/import-wordpress.ts "$WXR_FIXTURE" --site none >/dev/null
  DATABASE_URL="$E2E_DATABASE_URL" npx next build
else
  rm -rf .data/e2e
  env -u DATABASE_URL PGLITE_DIR=.data/e2e/pglite npx tsx scripts/db-setup.ts
  env -u DATABASE_URL PGLITE_DIR=.data/e2e/pglite npx tsx e2e/support/seed-fixtures.ts # rows the specs need (redirects…)
  env -u DATABASE_URL PGLITE_DIR=.data/e2e/pglite npx tsx scripts/import-wordpress.ts "$WXR_FIXTURE" --site none >/dev/null
  # The build prerenders pages from the same data the tests read.
  env -u DATABASE_URL PGLITE_DIR=.data/e2e/pglite npx next build
fi
# The article page's JavaScript budget, on the build just made (either driver): fails the run when over.
node scripts/check-js-budget.mjs
rm -f .next/kiosque-build-stamp # `npm start` must rebuild from its own database
npx playwright test "$@"
