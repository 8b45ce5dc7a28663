# Sourced by tests/run.sh and tests/benchmarks/comments-load.sh: the PostgreSQL that the comment store's tests and
# load figures run against. Not a service of the machine's: a cluster of its own under /var/tmp (kept between runs,
# started again when it is down), listening on 127.0.0.1 only, with a role that may create databases. Every test
# run creates databases of its own in it and drops them, so runs never see each other's rows.
#
#   postgres_missing       true when Debian's postgresql package has to be installed first
#   start_test_postgres    initialises and starts the cluster if needed, and exports DISCLOSURE_TEST_POSTGRES
#                          (an Npgsql connection string for the role disclosure_test)
#
# As root (CI, the development machines) the cluster runs as the postgres user, since PostgreSQL refuses to run as
# root; as anyone else it runs as that user. DISCLOSURE_POSTGRES_DIR moves it elsewhere.

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

postgres_missing() { local bin; bin=$(postgres_bin); [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; }

start_test_postgres() {
  local bin state data owner port pid password
  bin=$(postgres_bin)
  state="${DISCLOSURE_POSTGRES_DIR:-/var/tmp/disclosure-test-postgres-$(id -u)}"
  data="$state/data"
  local as_owner=()
  if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    as_owner=(runuser -u postgres --)
  else
    owner=$(id -un)
  fi

  mkdir -p "$state"
  chmod 755 "$state"
  # After an upgrade of PostgreSQL the old major version's files cannot be started: begin again.
  if [ -f "$data/PG_VERSION" ] && [ "$(cat "$data/PG_VERSION")" != "$(basename "$(dirname "$bin")")" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" stop -m immediate >/dev/null 2>&1 || true
    rm -rf "$data"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    echo "Creating a PostgreSQL cluster for the tests in $data ..."
    rm -rf "$data"
    install -d -m 700 -o "$owner" "$data"
    "${as_owner[@]}" "$bin/initdb" -D "$data" -E UTF8 --no-locale --auth-local=peer --auth-host=scram-sha-256 >/dev/null
    cat >>"$data/postgresql.conf" <<EOF
# The tests' own settings: loopback only, the socket beside the data, room for several servers' pools at once.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
max_connections = 300
EOF
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$state/password"
    chmod 600 "$state/password"
  fi

  port=$(cat "$state/port" 2>/dev/null || echo 55432)
  if ! "${as_owner[@]}" "$bin/pg_isready" -q -h "$data" -p "$port"; then
    # Not running: after a reboot, or when the processes of an earlier session were ended (perhaps with kill -9).
    pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then
      if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ] && [ "$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null)" != Z ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$data" stop -m immediate >/dev/null 2>&1 || true # alive, but not answering
      fi
      # Left by a killed server; its process id may since belong to another process, or to an unreaped zombie.
      rm -f "$data/postmaster.pid"
    fi
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port" >"$state/port"
    # The backends of a killed server may take a moment to notice and let go of its shared memory.
    local attempt
    for attempt in 1 2 3 4 5; do
      "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -o "-p $port" -w -t 60 start >/dev/null 2>&1 && break
      [ "$attempt" -eq 5 ] && { tail -n 20 "$data/server.log" >&2; return 1; }
      sleep 2
    done
  fi

  password=$(cat "$state/password")
  "${as_owner[@]}" "$bin/psql" -h "$data" -p "$port" -d postgres -q -v ON_ERROR_STOP=1 -v password="$password" <<'SQL'
SELECT 'CREATE ROLE disclosure_test LOGIN CREATEDB' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'disclosure_test') \gexec
ALTER ROLE disclosure_test PASSWORD :'password';
SELECT 'CREATE DATABASE disclosure_test OWNER disclosure_test' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'disclosure_test') \gexec
SQL
  export DISCLOSURE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=disclosure_test;Password=$password;Database=disclosure_test"
  echo "PostgreSQL $(basename "$(dirname "$bin")") for the tests on 127.0.0.1:$port ($data)."
}
