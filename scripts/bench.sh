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
as_root=()
if [ "$(id -u)" -ne 0 ] && command -v sudo > /dev/null; then as_root=(sudo); fi
apt_updated=false
apt_install() {
  if [ "$(id -u)" -ne 0 ] && [ ${#as_root[@]} -eq 0 ]; then
    fail "'$*' is not installed, and installing it needs root or sudo."
  fi
  if [ "$apt_updated" = false ]; then
    step "Updating the Debian package lists"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    apt_updated=true
  fi
  step "Installing $* (apt)"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

find_initdb() { compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1; }

if [ -z "${BENCH_DATABASE_URL:-}" ] && [ -z "$(find_initdb)" ]; then apt_install postgresql; fi
# Playwright drives Chromium for the admin measurements, and Lighthouse needs it too.
if [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi

install_npm_packages

# --- Processes to stop on exit: the app, then the database --------------------
app_pid=""
pg_dir=""
pg_bin=""
as_postgres=()
pg_run() { (cd "$pg_dir" && "${as_postgres[@]}" "$@"); }

cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2> /dev/null; then
    kill -TERM "$app_pid" 2> /dev/null || true
    wait "$app_pid" 2> /dev/null || true
  fi
  if [ -n "$pg_dir" ]; then
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
      pg_run "$pg_bin/pg_ctl" stop -D "$pg_dir/data" -m fast -w > /dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

# Like the test suite's throwaway server, except that durability stays on:
# the save and publish measurements include a real commit.
start_postgres() {
  pg_bin="$(dirname "$(find_initdb)")"
  [ -x "$pg_bin/initdb" ] || fail "PostgreSQL's initdb was not found in /usr/lib/postgresql/*/bin."
  pg_dir="$(mktemp -d /tmp/geocoop-bench-pg.XXXXXX)"
  mkdir -p "$pg_dir/socket"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$pg_dir"
    as_postgres=(runuser -u postgres --)
  fi
  step "Starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version))"
  pg_run "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-instructions > "$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log" >&2; fail "initdb failed"; }
  cat >> "$pg_dir/data/postgresql.conf" << EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_dir/socket'
max_connections = 100
EOF
  local port
  for port in $(seq 55533 55632); do
    port_in_use "$port" && continue
    rm -f "$pg_dir/postgres.log"
    if pg_run "$pg_bin/pg_ctl" start -D "$pg_dir/data" -o "-p $port" -l "$pg_dir/postgres.log" -w -t 60 > /dev/null; then
      pg_port=$port
      break
    fi
    grep -q 'could not bind' "$pg_dir/postgres.log" || { cat "$pg_dir/postgres.log" >&2; fail "PostgreSQL did not start"; }
  done
  [ -n "${pg_port:-}" ] || fail "no free port found for PostgreSQL between 55533 and 55632"
  "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres geocoop_bench
  DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:$pg_port/geocoop_bench"
}

if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  step "Recreating the benchmark database"
  node --import tsx scripts/bench/database.ts "$BENCH_DATABASE_URL"
  DATABASE_URL="$BENCH_DATABASE_URL"
else
  start_postgres
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
