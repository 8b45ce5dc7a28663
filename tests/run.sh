#!/usr/bin/env bash
# Runs every test of Disclosure. On a fresh Debian machine it first installs what the tests need:
# Debian's Chromium (Playwright drives it; Playwright's own browser download does not work here)
# and Japanese fonts, so pages render in the browser as citizens see them; and PostgreSQL (see below).
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
# npm installs vnu-jar (below) and Pagefind, which `disclosure build` puts in ~/.cache/disclosure/pagefind/ on first
# use: the end-to-end tests' build does so within its time limit, so the search tests find an index.
command -v npm >/dev/null 2>&1 || missing+=(npm)
# nginx, the reverse proxy the comment server is tested behind (with the configuration shipped for production).
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
# PostgreSQL, for the comment endpoint's second store: its tests run against SQLite and against PostgreSQL.
source tests/Disclosure.Comments.Tests/test-postgres.sh
postgres_missing && missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Nu Html Checker (npm's vnu-jar, run with Java) checks every generated page; it lives in a cache outside the repo.
vnu_dir="${HOME}/.cache/disclosure/vnu"
if ! command -v java >/dev/null 2>&1; then
  echo "Installing Java for the Nu Html Checker ..."
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
fi
if [ ! -f "$vnu_dir/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  echo "Installing vnu-jar into $vnu_dir ..."
  mkdir -p "$vnu_dir"
  (cd "$vnu_dir" && npm install --no-audit --no-fund --silent vnu-jar@26.9.27 >/dev/null)
fi

# A PostgreSQL cluster of the tests' own on 127.0.0.1 (kept between runs; started if it is down); the tests read
# DISCLOSURE_TEST_POSTGRES and create a database of their own in it for each fixture.
start_test_postgres

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Disclosure.sln --nologo 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { gsub(",", "", p); printf "%d passed, %d failed\n", p, f }' "$log"
exit $status
