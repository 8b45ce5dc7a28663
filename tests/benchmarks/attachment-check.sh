#!/usr/bin/env bash
# Measures what checking attachments for redacted words costs: `disclosure build` (Release, search off) of the example
# content as it is, and of the same content with about 100 MB of PDF attachments (text pages with figures, printed
# by Chromium, the way offices export them), alternately, each run into a new output folder on tmpfs.
# Prints the median wall time, CPU time and peak memory of each. Needs Chromium (tests/run.sh installs it).
# Usage: tests/benchmarks/attachment-check.sh [runs=5] [megabytes=100]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
megabytes=${2:-100}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')"; exit 1; }
command -v chromium >/dev/null || { echo "needs chromium (tests/run.sh installs it)"; exit 1; }

dotnet build src/Disclosure.Cli -c Release --nologo -v q >/dev/null
base=/dev/shm; [ -d "$base" ] || base=${TMPDIR:-/tmp}
work=$(mktemp -d "$base/disclosure-attachments.XXXX")
trap 'rm -rf "$work"' EXIT

# Distinct PDFs of 30 pages of Japanese text and a figure each, then copies of them until the total is reached.
python3 - "$work/pdf" <<'PY'
import os, random, struct, sys, zlib
out = sys.argv[1]; os.makedirs(out)
random.seed(42)
sentences = ["本市では、後期高齢者医療に関する事務において特定個人情報ファイルを取り扱っている。",
             "特定個人情報の入手は、本人又は住民基本台帳ネットワークシステムを通じて行う。",
             "委託先における取扱いについては、契約書に安全管理措置を定め、定期的に報告を求めている。",
             "アクセス権限は職員ごとに設定し、操作の記録を一定期間保存して点検している。",
             "中間サーバーとの連携は、専用回線を用い、通信を暗号化している。"]
def png(w, h):
    raw = b''.join(b'\x00' + bytes(random.getrandbits(8) for _ in range(w * 3)) for _ in range(h))
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 1)) + chunk(b'IEND', b'')
for n in range(4):
    open(f"{out}/figure{n}.png", "wb").write(png(640, 480))
    pages = "".join(f"<section><h2>第{p + 1}節</h2>" + "".join(f"<p>{random.choice(sentences)}{random.choice(sentences)}</p>" for _ in range(14)) + "</section>" for p in range(30))
    open(f"{out}/doc{n}.html", "w").write(f'<!doctype html><html lang="ja"><meta charset="utf-8"><style>section{{page-break-after:always}}</style><body><h1>全項目評価書 資料{n}</h1><img src="figure{n}.png" width="640">{pages}</body></html>')
PY
for n in 0 1 2 3; do
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --print-to-pdf="$work/pdf/doc$n.pdf" --no-pdf-header-footer "file://$work/pdf/doc$n.html" >/dev/null 2>&1
done

cp -r content "$work/plain"
cp -r content "$work/with-pdfs"
folder="$work/with-pdfs/assessments/kouki-koureisha-iryou"
index="$folder/index.md"
total=0; i=0; list=""
while [ "$total" -lt $((megabytes * 1024 * 1024)) ]; do
  cp "$work/pdf/doc$((i % 4)).pdf" "$folder/shiryou-$i.pdf"
  total=$((total + $(stat -c %s "$folder/shiryou-$i.pdf")))
  list+="  - title: 資料$i"$'\n'"    file: shiryou-$i.pdf"$'\n'
  i=$((i + 1))
done
# The new attachments go at the end of the existing attachments list.
python3 - "$index" "$list" <<'PY'
import sys
path, items = sys.argv[1], sys.argv[2]
text = open(path).read()
marker = "attachments:\n"
start = text.index(marker) + len(marker)
end = text.index("\n---", start)
open(path, "w").write(text[:end + 1] + items.rstrip("\n") + text[end:])
PY
pages=$(python3 -c "import re; print(sum(len(re.findall(rb'/Type\s*/Page[^s]', open('$work/pdf/doc%d.pdf' % (k % 4), 'rb').read())) for k in range($i)))")
echo "attachments: $i PDFs, $pages pages, $((total / 1024 / 1024)) MB"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
declare -A walls cpus peaks
for run in $(seq 1 "$runs"); do
  for site in plain with-pdfs; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
      dotnet src/Disclosure.Cli/bin/Release/net10.0/Disclosure.Cli.dll build --content "$work/$site" --output "$work/out-$site-$run" \
      --theme themes/default --now 2026-11-30 --no-search >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
    read -r wall user sys peak < "$work/time"
    walls[$site]+="$wall "; cpus[$site]+="$(echo "$user + $sys" | bc) "; peaks[$site]+="$peak "
  done
done
printf '%-12s %-10s %-10s %-10s\n' "site" "wall(s)" "cpu(s)" "peak(MB)"
for site in plain with-pdfs; do
  printf '%-12s %-10s %-10s %-10s\n' "$site" "$(tr ' ' '\n' <<<"${walls[$site]}" | grep . | median)" \
    "$(tr ' ' '\n' <<<"${cpus[$site]}" | grep . | median)" "$(( $(tr ' ' '\n' <<<"${peaks[$site]}" | grep . | median) / 1024 ))"
done
