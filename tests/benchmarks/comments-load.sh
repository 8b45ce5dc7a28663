#!/usr/bin/env bash
# Measures the comment server on each store: durable submissions per second at full speed, and latency at a steady
# 200 req/s. Everything runs on 127.0.0.1 and stops by itself (request count and time limits). PostgreSQL is the
# tests' own cluster, installed and started as tests/run.sh does, in a database made for this run and dropped after.
# Usage: tests/benchmarks/comments-load.sh [requests=20000] [concurrency=64] [stores="sqlite postgres"]
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-20000}
concurrency=${2:-64}
stores=${3:-sqlite postgres}

source tests/Disclosure.Comments.Tests/test-postgres.sh
if [[ " $stores " == *" postgres "* ]]; then
  if postgres_missing; then
    echo "Installing postgresql ..."
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  start_test_postgres >/dev/null
  [[ $DISCLOSURE_TEST_POSTGRES =~ Port=([0-9]+) ]] && pg_port=${BASH_REMATCH[1]}
  [[ $DISCLOSURE_TEST_POSTGRES =~ Password=([^;]*) ]] && pg_password=${BASH_REMATCH[1]}
fi
psql_as_test() { PGPASSWORD="$pg_password" "$(postgres_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U disclosure_test -Atq "$@"; }

dotnet build src/Disclosure.Cli -c Release --nologo -v q >/dev/null
dotnet build tests/Disclosure.LoadTest -c Release --nologo -v q >/dev/null
work=$(mktemp -d)
server_pid=""
bench_db=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  [ -n "$bench_db" ] && psql_as_test -d disclosure_test -c "DROP DATABASE IF EXISTS $bench_db WITH (FORCE)"
  rm -rf "$work"
}
trap cleanup EXIT

# The example site, with its open period moved around today so the server accepts submissions whatever the date.
cp -r content "$work/content"
sed -i "s/^opens: .*/opens: $(date -d '-1 day' +%F)/; s/^closes: .*/closes: $(date -d '+30 day' +%F)/" "$work/content/comment-periods/kokuho-2026-iken.yml"
dotnet src/Disclosure.Cli/bin/Release/net10.0/Disclosure.Cli.dll build --content "$work/content" --output "$work/output" >/dev/null

for store in $stores; do
  case $store in
    sqlite)
      settings=(Comments__StorePath="$work/comments.db") ;;
    postgres)
      bench_db="disclosure_bench_$(date +%s)"
      psql_as_test -d disclosure_test -c "CREATE DATABASE $bench_db"
      settings=(Comments__Store=postgres "Comments__PostgresConnectionString=${DISCLOSURE_TEST_POSTGRES/Database=disclosure_test/Database=$bench_db}") ;;
    *)
      echo "unknown store: $store (sqlite or postgres)" >&2; exit 2 ;;
  esac

  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  env "${settings[@]}" Comments__SitePath="$work/output" Comments__RateLimit__PermitLimit=100000000 Comments__RateLimit__RequestsPerMinute=100000000 \
    dotnet src/Disclosure.Cli/bin/Release/net10.0/Disclosure.Comments.dll --urls "http://127.0.0.1:$port" >"$work/server-$store.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done

  echo "== $store"
  load=(dotnet tests/Disclosure.LoadTest/bin/Release/net10.0/Disclosure.LoadTest.dll --url "http://127.0.0.1:$port/" --period kokuho-2026-iken)
  # Warm-up long enough for the JIT to finish tiering the hot paths: with 2,000 requests the first measured run was
  # still compiling, and a server with more code measured 10-15 % slower for it (4 % once warm).
  "${load[@]}" --concurrency "$concurrency" --requests 20000 --max-seconds 15 >/dev/null
  echo "full speed, concurrency $concurrency:"
  "${load[@]}" --concurrency "$concurrency" --requests "$requests" --max-seconds 30
  echo "steady 200 requests/s for 15 s:"
  "${load[@]}" --concurrency 64 --rate 200 --requests 3000 --max-seconds 20
  if [ "$store" = sqlite ]; then
    echo "rows in the store: $(sqlite3 "$work/comments.db" 'select count(*) from submissions' 2>/dev/null || echo '(sqlite3 not installed)')"
  else
    echo "rows in the store: $(psql_as_test -d "$bench_db" -c 'select count(*) from submissions')"
  fi
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
done
