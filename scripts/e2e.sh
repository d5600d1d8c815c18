#!/usr/bin/env bash
# The browser suite against the real production build, on its own fresh embedded database.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
E2E_DIR=.data/e2e
rm -rf "$E2E_DIR"
env -u DATABASE_URL PGLITE_DIR="$E2E_DIR/pglite" npx tsx scripts/db-setup.ts
# The build prerenders pages from the same data the tests read.
env -u DATABASE_URL PGLITE_DIR="$E2E_DIR/pglite" npx next build
rm -f .next/kiosque-build-stamp # `npm start` must rebuild from its own database
npx playwright test "$@"
