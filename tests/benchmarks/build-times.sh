#!/usr/bin/env bash
# Prints how long `disclosure build` takes, as a whole process (start-up and template compilation included):
# on the example site, and on a synthetic site of N copies of the example's main assessment.
# Usage: tests/benchmarks/build-times.sh [copies=500] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-500}
runs=${2:-5}

dotnet build src/Disclosure.Cli -c Release --nologo -v q >/dev/null
cli=(dotnet src/Disclosure.Cli/bin/Release/net10.0/Disclosure.Cli.dll build --theme themes/default --now 2026-11-30)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The synthetic site: the example content plus N single-file copies of the full assessment.
cp -r content "$work/big"
src=content/assessments/kouki-koureisha-iryou/index.md
for i in $(seq 1 "$copies"); do
  sed -e "s/^schedule: .*//; s/^comment_period: .*//; /^attachments:/,/^[a-z_]*:/{/^attachments:/d; /^  /d}" "$src" \
    | sed -e "s/^title: \(.*\)/title: \1（写し$i）/" > "$work/big/assessments/copy-$i.md"
done
# Copies are single files, so relative links written for the folder form need one level less.
sed -i 's#\.\./\.\./#../#g' "$work"/big/assessments/copy-*.md

measure() {
  local name=$1 content=$2 times=()
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    "${cli[@]}" --content "$content" --output "$work/out" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted pages
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  pages=$(find "$work/out" -name '*.html' | wc -l)
  printf '%-28s pages=%-6s min=%5d ms  median=%5d ms  max=%5d ms  (%d runs)\n' "$name" "$pages" \
    "$(echo "$sorted" | head -1)" "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")" "$(echo "$sorted" | tail -1)" "$runs"
}

measure "example site" content
measure "example + $copies assessments" "$work/big"
