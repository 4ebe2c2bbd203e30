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

# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh

# --- System packages ------------------------------------------------------

if needs_db && [ -z "$(find_initdb)" ]; then apt_install postgresql; fi
if wants e2e && [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi

# --- npm packages and the Prisma client ------------------------------------
install_npm_packages

# --- Throwaway PostgreSQL ---------------------------------------------------
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_test_postgres() {
  start_postgres 55433 off geocoop_test geocoop_e2e
  export TEST_DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:$pg_port/geocoop_test"
  export E2E_DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:$pg_port/geocoop_e2e"
}

# Started just before the first layer that needs it, so static checks and
# unit tests fail fast.
ensure_postgres() { if [ -z "$pg_dir" ]; then start_test_postgres; fi; }

# --- The layers -------------------------------------------------------------
run_static() {
  step "Security advisory floor (scripts/advisory-floor.json)"
  npx tsx scripts/check-advisory-floor.ts
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
