#!/usr/bin/env bash
# Runs every test of Disclosure. On a fresh Debian machine it first installs what the tests need:
# Debian's Chromium (Playwright drives it; Playwright's own browser download does not work here)
# and Japanese fonts, so pages render in the browser as citizens see them.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
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

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Disclosure.sln --nologo 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { gsub(",", "", p); printf "%d passed, %d failed\n", p, f }' "$log"
exit $status
