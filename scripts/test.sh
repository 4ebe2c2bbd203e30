#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run) on a fresh Debian machine.
#
# Usage:
#   npm test                      static checks, unit, integration, then e2e
#   npm test -- static            type check (and ESLint, when configured)
#   npm test -- unit              Vitest unit tests (no database)
#   npm test -- integration       Vitest integration tests on a throwaway PostgreSQL
#   npm test -- e2e               build the app and run the Playwright tests
#   npm test -- unit integration  several layers, in the order given
#
# It installs what is missing (PostgreSQL and Chromium from Debian, npm
# packages), starts a private PostgreSQL on 127.0.0.1 in a temporary folder,
# and removes it on exit. It stops at the first failing step.
set -euo pipefail

cd "$(dirname "$0")/.."

# A fixed secret for the test runs only; never used outside them.
export AUTH_SECRET="${AUTH_SECRET:-geocoop-test-secret-not-for-production-use-0123456789}"
export AUTH_TRUST_HOST=true

# shellcheck source=scripts/common.sh
source scripts/common.sh

# --- Which layers to run --------------------------------------------------
layers=("$@")
[ ${#layers[@]} -eq 0 ] && layers=(static unit integration e2e)
for layer in "${layers[@]}"; do
  case "$layer" in
    static | unit | integration | e2e) ;;
    *) fail "unknown layer '$layer' (use: static, unit, integration, e2e)" ;;
  esac
done
wants() { [[ " ${layers[*]} " == *" $1 "* ]]; }
needs_db() { wants integration || wants e2e; }

# --- System packages ------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo > /dev/null; then
  as_root=(sudo)
else
  as_root=()
fi

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

if needs_db && [ -z "$(find_initdb)" ]; then apt_install postgresql; fi
if wants e2e && [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi

# --- npm packages and the Prisma client ------------------------------------
install_npm_packages

# --- Throwaway PostgreSQL ---------------------------------------------------
pg_dir=""
pg_bin=""
as_postgres=()

# Runs a PostgreSQL program as the cluster's owner, from inside the temporary
# folder: the postgres user may not be allowed into the checkout.
pg_run() { (cd "$pg_dir" && "${as_postgres[@]}" "$@"); }

stop_postgres() {
  if [ -n "$pg_dir" ]; then
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
      # Immediate mode: nothing in this cluster is worth a clean checkpoint.
      pg_run "$pg_bin/pg_ctl" stop -D "$pg_dir/data" -m immediate -w > /dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
  fi
}
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

start_postgres() {
  pg_bin="$(dirname "$(find_initdb)")"
  [ -x "$pg_bin/initdb" ] || fail "PostgreSQL's initdb was not found in /usr/lib/postgresql/*/bin."
  pg_dir="$(mktemp -d /tmp/geocoop-test-pg.XXXXXX)"
  mkdir -p "$pg_dir/socket"
  # PostgreSQL refuses to run as root, so as root the cluster belongs to the
  # postgres user that the Debian package creates.
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$pg_dir"
    as_postgres=(runuser -u postgres --)
  fi

  step "Starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version))"
  pg_run "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync --no-instructions > "$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log" >&2; fail "initdb failed"; }
  # Durability is pointless for a database that is deleted after the run.
  cat >> "$pg_dir/data/postgresql.conf" << EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF

  local port
  for port in $(seq 55433 55532); do
    port_in_use "$port" && continue
    rm -f "$pg_dir/postgres.log"
    if pg_run "$pg_bin/pg_ctl" start -D "$pg_dir/data" -o "-p $port" \
      -l "$pg_dir/postgres.log" -w -t 60 > /dev/null; then
      pg_port=$port
      break
    fi
    # Another process may have taken the port since the check; try the next one.
    grep -q 'could not bind' "$pg_dir/postgres.log" || { cat "$pg_dir/postgres.log" >&2; fail "PostgreSQL did not start"; }
  done
  [ -n "${pg_port:-}" ] || fail "no free port found for PostgreSQL between 55433 and 55532"

  local name
  for name in geocoop_test geocoop_e2e; do
    "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$name"
  done
  export TEST_DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:$pg_port/geocoop_test"
  export E2E_DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:$pg_port/geocoop_e2e"
  echo "PostgreSQL listening on 127.0.0.1:$pg_port (databases geocoop_test, geocoop_e2e)"
}

# Started just before the first layer that needs it, so static checks and
# unit tests fail fast.
ensure_postgres() { if [ -z "$pg_dir" ]; then start_postgres; fi; }

# --- The layers -------------------------------------------------------------
run_static() {
  step "Generating Next.js route types"
  npx next typegen
  step "Type check (tsc --noEmit)"
  npx tsc --noEmit
  if compgen -G 'eslint.config.*' > /dev/null || compgen -G '.eslintrc*' > /dev/null; then
    step "Lint (eslint .)"
    npx eslint .
  fi
}

run_e2e() {
  step "Migrating and seeding the e2e database"
  DATABASE_URL="$E2E_DATABASE_URL" npx tsx scripts/db/migrate.ts deploy
  DATABASE_URL="$E2E_DATABASE_URL" npx tsx prisma/seed.ts
  step "Building the app (next build)"
  DATABASE_URL="$E2E_DATABASE_URL" npx next build
  step "End-to-end tests (Playwright, Chromium)"
  DATABASE_URL="$E2E_DATABASE_URL" npx playwright test
}

# Unit and integration run in one Vitest process when both are wanted.
vitest_projects=()
for project in unit integration; do
  if wants "$project"; then vitest_projects+=(--project "$project"); fi
done

vitest_done=false
for layer in "${layers[@]}"; do
  case "$layer" in
    static) run_static ;;
    unit | integration)
      if [ "$vitest_done" = false ]; then
        if wants integration; then ensure_postgres; fi
        step "Vitest ($(printf '%s ' "${vitest_projects[@]}" | sed 's/--project //g; s/ $//'))"
        # Integration tests get the throwaway database; their global setup
        # refuses any database whose name does not contain "test".
        (
          if [ -n "${TEST_DATABASE_URL:-}" ]; then export DATABASE_URL="$TEST_DATABASE_URL"; fi
          npx vitest run "${vitest_projects[@]}"
        )
        vitest_done=true
      fi
      ;;
    e2e)
      ensure_postgres
      run_e2e
      ;;
  esac
done

step "All requested test layers passed: ${layers[*]}"
