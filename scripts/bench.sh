#!/usr/bin/env bash
# `npm run bench`: the performance benchmark. On this machine, in one run:
#
#   1. a PostgreSQL database `geocoop_bench` with the demo content plus a
#      realistic volume (scripts/bench/generate.ts: 200 partners, 300 projects,
#      500 MOUs, 150 conferences, 300 trainings, 2,000 news articles);
#   2. `next build` and `next start` on 127.0.0.1 (first free port 3400–3499);
#   3. scripts/bench/run.ts: requests/s and latency of the public pages against
#      a prerendered reference page, search, publish → visible, admin saves;
#   4. scripts/js-budget.ts: gzipped JavaScript per public route;
#   5. scripts/lighthouse.ts: Lighthouse scores of home, a list and a detail page.
#
# Each part prints its own table with PASS/FAIL; the run exits with 1 when any
# target is missed. Figures are also written to .data/ (bench-results.json,
# js-budget.json, lighthouse/).
#
#   BENCH_DATABASE_URL  use this database instead of a throwaway PostgreSQL
#                       server; it is dropped and recreated, so its name must
#                       contain "bench" (e.g. postgresql://postgres@127.0.0.1:5432/geocoop_bench)
#   BENCH_PORT          port of the app (default: the first free one from 3400)
#   BENCH_SKIP_BUILD=1  reuse the existing .next build
#
# Arguments go to scripts/bench/run.ts, e.g. `npm run bench -- --duration 5`.
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=scripts/common.sh
source scripts/common.sh

# A fixed secret for the benchmark's throwaway sessions only.
export AUTH_SECRET="${AUTH_SECRET:-geocoop-bench-secret-not-for-production-use-0123456789}"
export AUTH_TRUST_HOST=true

# --- System packages ------------------------------------------------------
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh

if [ -z "${BENCH_DATABASE_URL:-}" ] && [ -z "$(find_initdb)" ]; then apt_install postgresql; fi
# Playwright drives Chromium for the admin measurements, and Lighthouse needs it too.
if [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi

install_npm_packages

# --- Processes to stop on exit: the app, then the database --------------------
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2> /dev/null; then
    kill -TERM "$app_pid" 2> /dev/null || true
    wait "$app_pid" 2> /dev/null || true
  fi
  stop_postgres
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  step "Recreating the benchmark database"
  node --import tsx scripts/bench/database.ts "$BENCH_DATABASE_URL"
  DATABASE_URL="$BENCH_DATABASE_URL"
else
  start_postgres 55533 on geocoop_bench
  DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:$pg_port/geocoop_bench"
fi
export DATABASE_URL

step "Migrating, loading the demo content and generating the benchmark volume"
node --import tsx scripts/db/migrate.ts deploy
node --import tsx prisma/seed.ts
node --import tsx scripts/bench/generate.ts

# --- The app ------------------------------------------------------------------
app_port="${BENCH_PORT:-}"
if [ -z "$app_port" ]; then
  for candidate in $(seq 3400 3499); do
    if ! port_in_use "$candidate"; then
      app_port=$candidate
      break
    fi
  done
  [ -n "$app_port" ] || fail "no free port for the app between 3400 and 3499"
fi
app_url="http://127.0.0.1:$app_port"
# Canonical links, the sitemap and feeds name the address that is measured.
export SITE_URL="$app_url"

if [ "${BENCH_SKIP_BUILD:-}" = 1 ] && [ -f .next/BUILD_ID ]; then
  step "Reusing the existing build (BENCH_SKIP_BUILD=1)"
else
  step "Building the app (next build)"
  ./node_modules/.bin/next build
fi

step "Starting the app on $app_url"
mkdir -p .data
./node_modules/.bin/next start -H 127.0.0.1 -p "$app_port" > .data/bench-server.log 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  kill -0 "$app_pid" 2> /dev/null || { cat .data/bench-server.log >&2; fail "the app did not start"; }
  if node -e "fetch('$app_url/about').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" 2> /dev/null; then
    app_ready=true
    break
  fi
  sleep 0.5
done
[ "${app_ready:-}" = true ] || fail "the app did not answer within 60 s (log: .data/bench-server.log)"

# --- Measurements: every part runs, and each reports its own targets ------------
missed=()
step "Load, search, publish and save (scripts/bench/run.ts)"
node --import tsx scripts/bench/run.ts --url "$app_url" "$@" || missed+=("pages, search or editorial targets")
step "JavaScript per public route (scripts/js-budget.ts)"
node --import tsx scripts/js-budget.ts --json .data/js-budget.json || missed+=("JavaScript budget")
step "Lighthouse (scripts/lighthouse.ts)"
node --import tsx scripts/lighthouse.ts --url "$app_url" || missed+=("Lighthouse scores")

echo
echo "The app's log is in .data/bench-server.log."
if [ ${#missed[@]} -gt 0 ]; then
  printf 'Targets missed: %s.\n' "$(IFS=';'; echo "${missed[*]}" | sed 's/;/; /g')"
  exit 1
fi
echo "Every target met."
