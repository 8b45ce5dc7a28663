#!/bin/sh
# usage: vs-hugo-one.sh disclosure|hugo CONTENT [OUTPUT]
# One whole build of CONTENT by Disclosure or by Hugo (with tests/benchmarks/hugo-site). Without OUTPUT it writes into
# a fresh folder on tmpfs (/dev/shm) and removes it after; if VS_HUGO_TIME names a file, the build alone (not the
# folder's creation or removal) is timed into it by /usr/bin/time as "wall-seconds peak-KB".
# Run from the repository's root, with DISCLOSURE naming the command to time: DISCLOSURE=$(tests/benchmarks/installed-tool.sh).
gen=$1 content=$2 out=$3
d=""
if [ -z "$out" ]; then d=$(mktemp -d -p /dev/shm vs-hugo.XXXXXX) || exit 1; out=$d/out; fi
if [ -n "$VS_HUGO_TIME" ]; then set -- /usr/bin/time -f "%e %M" -o "$VS_HUGO_TIME"; else set --; fi
case $gen in
  disclosure) "$@" "${DISCLOSURE:?set DISCLOSURE=\$(tests/benchmarks/installed-tool.sh)}" build --content "$content" \
                --output "$out" --theme themes/default --now 2026-11-30 --no-search >/dev/null ;;
  hugo) "$@" hugo --quiet --source tests/benchmarks/hugo-site --contentDir "$content" --destination "$out" >/dev/null ;;
  *) echo "usage: vs-hugo-one.sh disclosure|hugo CONTENT [OUTPUT]" >&2; false ;;
esac
rc=$?
[ -n "$d" ] && rm -rf "$d"
exit $rc
