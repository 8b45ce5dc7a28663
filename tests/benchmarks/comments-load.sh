#!/usr/bin/env bash
# Measures the comment server: durable submissions per second at full speed, and latency at a steady 200 req/s.
# Everything runs on 127.0.0.1 and stops by itself (request count and time limits).
# Usage: tests/benchmarks/comments-load.sh [requests=20000] [concurrency=64]
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-20000}
concurrency=${2:-64}

dotnet build src/Disclosure.Cli -c Release --nologo -v q >/dev/null
dotnet build tests/Disclosure.LoadTest -c Release --nologo -v q >/dev/null
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The example site, with its open period moved around today so the server accepts submissions whatever the date.
cp -r content "$work/content"
sed -i "s/^opens: .*/opens: $(date -d '-1 day' +%F)/; s/^closes: .*/closes: $(date -d '+30 day' +%F)/" "$work/content/comment-periods/kokuho-2026-iken.yml"
dotnet src/Disclosure.Cli/bin/Release/net10.0/Disclosure.Cli.dll build --content "$work/content" --output "$work/output" >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
Comments__StorePath="$work/comments.db" Comments__SitePath="$work/output" Comments__RateLimit__PermitLimit=100000000 \
  dotnet src/Disclosure.Cli/bin/Release/net10.0/Disclosure.Comments.dll --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done

load=(dotnet tests/Disclosure.LoadTest/bin/Release/net10.0/Disclosure.LoadTest.dll --url "http://127.0.0.1:$port/" --period kokuho-2026-iken)
"${load[@]}" --concurrency 16 --requests 2000 --max-seconds 10 >/dev/null   # warm-up
echo "full speed, concurrency $concurrency:"
"${load[@]}" --concurrency "$concurrency" --requests "$requests" --max-seconds 30
echo "steady 200 requests/s for 15 s:"
"${load[@]}" --concurrency 64 --rate 200 --requests 3000 --max-seconds 20
echo "rows in the store: $(sqlite3 "$work/comments.db" 'select count(*) from submissions' 2>/dev/null || echo '(sqlite3 not installed)')"
