#!/usr/bin/env bash
# Whole-run benchmark of `factlint check` on generated corpora; prints a Markdown table.
#
#   bash benches/run.sh                  # 1,000, 10,000 and 100,000 articles
#   bash benches/run.sh 1000 10000       # chosen sizes
#
# For each size N it
#   1. generates target/bench-corpus/N (cargo run --release --example gen -- --articles N
#      --seed 1; about 5 KB an article; kept and reused while its manifest.json is there),
#   2. reads the corpus once to warm the page cache,
#   3. runs `factlint check DIR --format json --fail-on never > /dev/null` RUNS times
#      (default 3) under `/usr/bin/time -f '%e %M'`, and keeps the best wall time and the
#      largest peak RSS,
#   4. runs `examples/stages.rs` once on the corpus for the extraction-only throughput (the
#      CLI cannot time one stage) and the slowest stage; set STAGES=0 to skip it.
# A run that takes longer than TIMEOUT seconds (default 600) is stopped; the table says so
# and larger sizes are skipped. Needs GNU time (/usr/bin/time, Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-3}"
TIMEOUT="${TIMEOUT:-600}"
STAGES="${STAGES:-1}"
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000 100000)
fi
if [ ! -x /usr/bin/time ]; then
  echo "run.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 2
fi

cargo build --release --quiet --bin factlint --example gen --example stages
bin=target/release/factlint
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

rows=()
skip=""
for n in "${sizes[@]}"; do
  dir="target/bench-corpus/$n"
  if [ -n "$skip" ]; then
    rows+=("| $n | | | | skipped: a smaller corpus timed out | | | | |")
    continue
  fi
  if [ ! -f "$dir/manifest.json" ]; then
    echo "generating $dir ..." >&2
    target/release/examples/gen --articles "$n" --out "$dir" --seed 1 --force
  fi
  mb=$(du -sb --exclude=manifest.json "$dir" | awk '{printf "%.1f", $1 / 1e6}')
  find "$dir" -type f -exec cat {} + > /dev/null

  best=""
  rss=0
  status="ok"
  for ((r = 1; r <= RUNS; r++)); do
    echo "check $dir, run $r of $RUNS ..." >&2
    if ! timeout "$TIMEOUT" /usr/bin/time -f '%e %M' -o "$tmp/time" \
        "$bin" check "$dir" --format json --fail-on never > "$tmp/report.json"; then
      status="timeout"
      break
    fi
    read -r wall kb < <(tail -n 1 "$tmp/time")
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$wall"
    fi
    if [ "$kb" -gt "$rss" ]; then rss="$kb"; fi
  done
  if [ "$status" = "timeout" ]; then
    rows+=("| $n | $mb | | | > $TIMEOUT s (stopped) | | | | |")
    skip=1
    continue
  fi
  read -r claims conflicts < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(s["claims"], s["conflicts"])' "$tmp/report.json")
  rate=$(awk -v mb="$mb" -v s="$best" 'BEGIN { printf "%.1f", mb / s }')
  rss_mb=$(awk -v kb="$rss" 'BEGIN { printf "%.0f", kb / 1024 }')

  extract=""
  slowest=""
  if [ "$STAGES" = "1" ]; then
    echo "stages $dir ..." >&2
    if timeout "$TIMEOUT" target/release/examples/stages "$dir" > "$tmp/stages.md"; then
      extract=$(awk -F'|' '$2 ~ /^ extract / { gsub(/ /, "", $4); print $4 }' "$tmp/stages.md")
      slowest=$(awk -F'|' '$3 ~ /[0-9]/ && $2 !~ /total/ { gsub(/^ +| +$/, "", $2); gsub(/ /, "", $3); print $3, $2 }' "$tmp/stages.md" \
        | sort -rn | head -n 1 | awk '{ t = $1; $1 = ""; sub(/^ /, ""); printf "%s (%.1f s)", $0, t }')
      cp "$tmp/stages.md" "$dir.stages.md"
    else
      extract="timeout"
    fi
  fi
  rows+=("| $n | $mb | $claims | $conflicts | $best | $rate | $rss_mb | $extract | $slowest |")
done

echo
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; $(rustc --version)"
echo
echo "| articles | MB | claims | conflicts | wall, best of $RUNS (s) | MB/s | peak RSS (MB) | extract MB/s | slowest stage |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for row in "${rows[@]}"; do
  echo "$row"
done
