#!/usr/bin/env bash
# Prints the path of a `disclosure` command packed and installed as the README says (dotnet pack, then a tool install
# from that folder), but into a folder of its own rather than the user's tools: the benchmarks time the command staff
# run, compiled ahead (ReadyToRun) as it is packed. The install is reused while the commit and the working tree stay
# the same. Usage: DISCLOSURE=$(tests/benchmarks/installed-tool.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
key=$(git rev-parse --short=12 HEAD)-$( (git status --porcelain; git diff) | sha1sum | cut -c1-8)
dir=${TMPDIR:-/tmp}/disclosure-benchmark-tool-$key
if [ ! -x "$dir/tool/disclosure" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  dotnet pack src/Disclosure.Cli -o "$dir/pack" --nologo -v q >/dev/null
  dotnet tool install --tool-path "$dir/tool" --source "$dir/pack" Disclosure.Cli >/dev/null
fi
echo "$dir/tool/disclosure"
