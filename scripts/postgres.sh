# Shared by scripts/test.sh and scripts/bench.sh (sourced, not run, after
# scripts/common.sh): Debian packages, and a throwaway PostgreSQL cluster in a
# temporary folder on 127.0.0.1.

# --- Debian packages ----------------------------------------------------------
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

port_in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

# --- Throwaway PostgreSQL -------------------------------------------------------
pg_dir=""
pg_bin=""
pg_port=""
as_postgres=()

# Runs a PostgreSQL program as the cluster's owner, from inside the temporary
# folder: the postgres user may not be allowed into the checkout.
pg_run() { (cd "$pg_dir" && "${as_postgres[@]}" "$@"); }

# Callers stop it from their EXIT trap.
stop_postgres() {
  if [ -n "$pg_dir" ]; then
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
      # Immediate mode: nothing in this cluster is worth a clean checkpoint.
      pg_run "$pg_bin/pg_ctl" stop -D "$pg_dir/data" -m immediate -w > /dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
    pg_dir=""
  fi
}

# start_postgres FIRST_PORT DURABILITY DATABASE...
#   Starts a cluster on the first free port from FIRST_PORT (of 100), sets
#   pg_port and creates the databases. DURABILITY "off" skips fsync and
#   synchronous commits (tests); "on" keeps PostgreSQL's defaults, so that
#   benchmarks measure the writes a real server makes.
start_postgres() {
  local first_port=$1 durability=$2
  shift 2
  pg_bin="$(dirname "$(find_initdb)")"
  [ -x "$pg_bin/initdb" ] || fail "PostgreSQL's initdb was not found in /usr/lib/postgresql/*/bin."
  pg_dir="$(mktemp -d /tmp/geocoop-pg.XXXXXX)"
  mkdir -p "$pg_dir/socket"
  # PostgreSQL refuses to run as root, so as root the cluster belongs to the
  # postgres user that the Debian package creates.
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$pg_dir"
    as_postgres=(runuser -u postgres --)
  fi

  step "Starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version))"
  local no_sync=()
  [ "$durability" = off ] && no_sync=(--no-sync)
  pg_run "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 "${no_sync[@]}" --no-instructions > "$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log" >&2; fail "initdb failed"; }
  cat >> "$pg_dir/data/postgresql.conf" << CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_dir/socket'
max_connections = 100
CONF
  if [ "$durability" = off ]; then
    # Durability is pointless for a database that is deleted after the run.
    printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' >> "$pg_dir/data/postgresql.conf"
  fi

  local port last_port=$((first_port + 99))
  for port in $(seq "$first_port" "$last_port"); do
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
  [ -n "$pg_port" ] || fail "no free port found for PostgreSQL between $first_port and $last_port"

  local name
  for name in "$@"; do
    "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$name"
  done
  echo "PostgreSQL listening on 127.0.0.1:$pg_port (databases: $*)"
}
