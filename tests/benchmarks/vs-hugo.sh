#!/usr/bin/env bash
# Disclosure beside Hugo on the same corpus: for each size N, tests/Disclosure.Corpus (seed 42) writes N assessments,
# then `disclosure build` (search indexing off; the command packed and installed as the README says, by installed-tool.sh) and Hugo (Debian's package, with the site in tests/benchmarks/hugo-site,
# which renders the pages both have: assessment pages with metadata, tags and an h2–h3 table of contents, the
# assessment list and every tag's list, 100 a page, the tag list and the home page) build it alternately, one after
# the other, RUNS times each after one warm-up of each. It prints each one's median wall time and peak memory (the
# largest process, by /usr/bin/time) and the median of the run-by-run ratios Disclosure/Hugo: pairing neighbouring
# runs keeps the ratio sound when the machine's speed drifts. Every run writes into a new, empty folder on tmpfs
# (/dev/shm), removed after it and outside the timing: on a disk, writing right after deleting tens of thousands of
# files can be several times slower, which would measure the disk rather than the generator. Disclosure renders
# more kinds of page than Hugo here (comment periods, other list orders, news, search...), so both the whole count
# and the count of the kinds both render are printed.
# Usage: tests/benchmarks/vs-hugo.sh [runs=3] [N...=25 1000]   e.g. tests/benchmarks/vs-hugo.sh 5 25 10000
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(25 1000)

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "$(hugo version | cut -d' ' -f1-2), .NET $(dotnet --version), $(nproc) cores"

DISCLOSURE=$(tests/benchmarks/installed-tool.sh)
export DISCLOSURE
dotnet build tests/Disclosure.Corpus -c Release --nologo -v q >/dev/null
one=tests/benchmarks/vs-hugo-one.sh
work=$(mktemp -d)
shm=$(mktemp -d -p /dev/shm vs-hugo.XXXXXX)
trap 'rm -rf "$work" "$shm"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
html() { find "$1" -name '*.html' "${@:2}" | wc -l; }

printf '%-7s %-11s %-12s %-11s %-9s %-9s %s\n' "N" "generator" "pages(both)" "pages(all)" "wall(s)" "peak(MB)" \
  "wall D/H"
for n in "${sizes[@]}"; do
  content="$work/c$n"
  dotnet tests/Disclosure.Corpus/bin/Release/net10.0/Disclosure.Corpus.dll "$n" "$content" >/dev/null
  # The warm-up of each, kept to count its pages and check that Hugo read the corpus's front matter.
  "$one" disclosure "$content" "$shm/d"
  "$one" hugo "$content" "$shm/h"
  d_all=$(html "$shm/d")
  # The kinds both render: assessments, the assessment list in publication order, tags, the tag list, the home page.
  d_both=$(( $(html "$shm/d/assessments" -path '*/assessments/a*') + $(html "$shm/d/assessments" -path '*/assessments/page/*') \
    + 1 + $(html "$shm/d/tags") + 1 ))
  # Hugo also writes /page/1/ of every list, a redirect to the list's first page; it is not a page of its own.
  h_redirects=$(html "$shm/h" -path '*/page/1/*')
  h_all=$(html "$shm/h")
  h_both=$(( h_all - h_redirects ))
  d_tags=$(find "$shm/d/tags" -mindepth 2 -maxdepth 2 -name index.html | wc -l)
  h_tags=$(find "$shm/h/tags" -mindepth 2 -maxdepth 2 -name index.html | wc -l)
  h_assessments=$(find "$shm/h/assessments" -mindepth 2 -maxdepth 2 -path '*/assessments/a*' -name index.html | wc -l)
  department=$(grep -m1 '^department:' "$content/assessments/a00000.md" | cut -d' ' -f2)
  if [ "$h_assessments" -ne "$n" ] || [ "$h_tags" -ne "$d_tags" ] || [ "$h_tags" -eq 0 ] \
     || ! grep -q "<dd>$department</dd>" "$shm/h/assessments/a00000/index.html"; then
    echo "Hugo did not render the corpus as expected: $h_assessments assessments of $n, $h_tags tags against $d_tags." >&2
    exit 1
  fi
  rm -rf "$shm/d" "$shm/h"

  dw=(); dp=(); hw=(); hp=(); ratios=()
  for run in $(seq 1 "$runs"); do
    VS_HUGO_TIME="$work/time" "$one" disclosure "$content"
    read -r w p < "$work/time"; dw+=("$w"); dp+=("$p")
    VS_HUGO_TIME="$work/time" "$one" hugo "$content"
    read -r w p < "$work/time"; hw+=("$w"); hp+=("$p")
    ratios+=("$(echo "scale=4; ${dw[-1]} / ${hw[-1]}" | bc)")
  done
  d_wall=$(printf '%s\n' "${dw[@]}" | median); h_wall=$(printf '%s\n' "${hw[@]}" | median)
  printf '%-7s %-11s %-12s %-11s %-9s %-9s\n' "$n" disclosure "$d_both" "$d_all" "$d_wall" \
    "$(( $(printf '%s\n' "${dp[@]}" | median) / 1024 ))"
  printf '%-7s %-11s %-12s %-11s %-9s %-9s %s\n' "$n" hugo "$h_both" "$h_all" "$h_wall" \
    "$(( $(printf '%s\n' "${hp[@]}" | median) / 1024 ))" "$(printf '%.2f' "$(printf '%s\n' "${ratios[@]}" | median)")"
  rm -rf "$content"
done
