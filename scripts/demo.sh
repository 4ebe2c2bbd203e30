#!/usr/bin/env bash
# The quick start: `npm run demo` builds and runs GeoCoop on an embedded
# database (PGlite, kept in .data/), with no PostgreSQL server to install.
# Re-running it keeps the content; delete .data/ to start over.
#
#   PORT              port of the app (default 3000)
#   EMBEDDED_DB_PORT  port of the embedded database on 127.0.0.1 (default 54329)
#   AUTH_SECRET       session secret; generated once into .data/auth-secret if unset
#
# Ctrl-C stops the app and then the database.
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=scripts/common.sh
source scripts/common.sh

app_port="${PORT:-3000}"
export EMBEDDED_DB_PORT="${EMBEDDED_DB_PORT:-54329}"
export DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_DB_PORT}/postgres"
# PGlite runs one query at a time whatever the pool size; a small pool keeps
# the number of connections the embedded server must hold low.
export DATABASE_POOL_MAX="${DATABASE_POOL_MAX:-2}"
export AUTH_TRUST_HOST=true

mkdir -p .data

if [ -z "${AUTH_SECRET:-}" ]; then
  if [ ! -s .data/auth-secret ]; then
    (umask 077 && node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64url'))" > .data/auth-secret)
  fi
  AUTH_SECRET="$(cat .data/auth-secret)"
  export AUTH_SECRET
fi

install_npm_packages

# --- Processes to stop on exit: the app first, then the database -------------
app_pid=""
db_pid=""
stop_all() {
  trap - EXIT INT TERM
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2> /dev/null; then
    kill -TERM "$app_pid" 2> /dev/null || true
    wait "$app_pid" 2> /dev/null || true
  fi
  if [ -n "$db_pid" ] && kill -0 "$db_pid" 2> /dev/null; then
    echo "Stopping the embedded database..."
    # The database closes PGlite on SIGTERM; waiting keeps the data folder intact.
    kill -TERM "$db_pid" 2> /dev/null || true
    wait "$db_pid" 2> /dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step "Starting the embedded database on 127.0.0.1:${EMBEDDED_DB_PORT}"
# Node runs the script itself (not through a wrapper), so the signal above
# reaches the process that owns the data folder.
node --import tsx scripts/db/embedded.ts &
db_pid=$!

for _ in $(seq 1 120); do
  kill -0 "$db_pid" 2> /dev/null || fail "the embedded database did not start (see the message above)."
  if node -e "
    const c = new (require('pg').Client)({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 1000 })
    c.connect().then(() => c.query('select 1')).then(() => c.end()).then(() => process.exit(0), () => process.exit(1))
  " 2> /dev/null; then
    db_ready=true
    break
  fi
  sleep 0.5
done
[ "${db_ready:-}" = true ] || fail "the embedded database did not accept connections within 60 s."

step "Applying database migrations"
npx tsx scripts/db/migrate.ts deploy

# Seed once: later runs keep whatever was edited in the admin since.
if [ ! -f .data/seeded ]; then
  step "Loading the demo content"
  npx tsx prisma/seed.ts
  touch .data/seeded
else
  step "Demo content already loaded (delete .data/ to start over)"
fi

step "Building the app (next build)"
npx next build

step "Starting the app on port ${app_port}"
# The binary itself rather than npx, so that stopping it needs one signal.
./node_modules/.bin/next start -p "$app_port" &
app_pid=$!

for _ in $(seq 1 120); do
  kill -0 "$app_pid" 2> /dev/null || fail "the app did not start (see the message above)."
  if node -e "fetch('http://127.0.0.1:${app_port}/').then(() => process.exit(0), () => process.exit(1))" 2> /dev/null; then
    break
  fi
  sleep 0.5
done

cat << EOF

  GeoCoop is running at  http://localhost:${app_port}
  Staff sign-in:         http://localhost:${app_port}/login

    admin        admin@geocoop.example        /  geocoop-admin-demo
    editor       editor@geocoop.example       /  geocoop-editor-demo
    contributor  contributor@geocoop.example  /  geocoop-contributor-demo

  Press Ctrl-C to stop the app and the database.

EOF

# Waiting returns when the app exits or a signal arrives; either way the
# EXIT trap stops whatever is still running.
status=0
wait "$app_pid" || status=$?
exit "$status"
