#!/usr/bin/env bash
# Measures `disclosure serve` on a generated corpus (tests/Disclosure.Corpus, seed 42) the way staff meet it: one
# assessment file is saved, and the time from the save to the browser's reload event is taken (the reloaded page
# is fetched to check it shows the change). Saves alternate between a body edit and a title edit, three seconds
# apart; the first build (full, cold) is reported too. The file is restored at the end.
# Usage: tests/benchmarks/preview-rebuild.sh [saves=10] [N=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
saves=${1:-10}
n=${2:-10000}

dotnet build src/Disclosure.Cli -c Release --nologo -v q >/dev/null
dotnet build tests/Disclosure.Corpus -c Release --nologo -v q >/dev/null
dotnet build tests/Disclosure.Benchmarks -c Release --nologo -v q >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet tests/Disclosure.Corpus/bin/Release/net10.0/Disclosure.Corpus.dll "$n" "$work/content" >/dev/null
dotnet tests/Disclosure.Benchmarks/bin/Release/net10.0/Disclosure.Benchmarks.dll --preview \
  src/Disclosure.Cli/bin/Release/net10.0/Disclosure.Cli.dll "$work/content" themes/default "$saves"
