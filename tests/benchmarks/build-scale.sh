#!/usr/bin/env bash
# Measures `disclosure build` (the command packed and installed as the README says, by installed-tool.sh) as a whole process on generated corpora (tests/Disclosure.Corpus, seed 42):
# wall time, ms per page, CPU time and peak memory, each the median of several runs (search indexing off;
# it is measured separately by Pagefind's own figures).
# Usage: tests/benchmarks/build-scale.sh [runs=3] [sizes="1000 10000"]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
sizes=${2:-"1000 10000"}

disclosure=$(tests/benchmarks/installed-tool.sh)
dotnet build tests/Disclosure.Corpus -c Release --nologo -v q >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')"; exit 1; }

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf '%-8s %-7s %-10s %-10s %-10s %-10s\n' "N" "pages" "wall(s)" "ms/page" "cpu(s)" "peak(MB)"
for n in $sizes; do
  dotnet tests/Disclosure.Corpus/bin/Release/net10.0/Disclosure.Corpus.dll "$n" "$work/c$n" >/dev/null
  walls=(); cpus=(); peaks=()
  for run in $(seq 1 "$runs"); do
    # Every run writes into a new, empty output folder, so nothing is carried over from the run before. The old
    # ones are deleted only at the end: on a disk mounted with online discard, deleting 20,000 files slows the
    # writes that follow for many seconds, which would measure the disk rather than the build.
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
      "$disclosure" build --content "$work/c$n" --output "$work/o$n-$run" \
      --theme themes/default --now 2026-11-30 --no-search >/dev/null
    read -r wall user sys peak < "$work/time"
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)"); peaks+=("$peak")
  done
  pages=$(find "$work/o$n-1" -name '*.html' | wc -l)
  wall=$(printf '%s\n' "${walls[@]}" | median)
  printf '%-8s %-7s %-10s %-10s %-10s %-10s\n' "$n" "$pages" "$wall" "$(echo "scale=2; $wall * 1000 / $pages" | bc)" \
    "$(printf '%s\n' "${cpus[@]}" | median)" "$(( $(printf '%s\n' "${peaks[@]}" | median) / 1024 ))"
  rm -rf "$work/c$n" "$work/o$n"-*
done
