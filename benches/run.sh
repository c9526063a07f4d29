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
#      (default 3) under `/usr/bin/time -f '%e %U %S %M'`, and keeps the best wall time,
#      the best CPU time (user + system: unlike wall time, it does not count waiting for a
#      CPU when other processes share the machine) and the largest peak RSS,
#   4. runs `examples/stages.rs` once on the corpus for the extraction-only throughput (the
#      CLI cannot time one stage) and the slowest stage; set STAGES=0 to skip it. Its
#      per-stage lines are kept in target/bench-corpus/N.stages.log (and the full table in
#      N.stages.md), also when a run fails.
# A run that takes longer than TIMEOUT seconds (default 600) is stopped, and one that asks
# for more than MAXMEM_GB of address space (default 16, through `ulimit -v`) fails its
# allocation; the table says which, with the time and peak RSS until then, and larger sizes
# are skipped. Needs GNU time (/usr/bin/time, Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-3}"
TIMEOUT="${TIMEOUT:-600}"
STAGES="${STAGES:-1}"
MAXMEM_GB="${MAXMEM_GB:-16}"
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

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
skip=""
for n in "${sizes[@]}"; do
  dir="target/bench-corpus/$n"
  if [ -n "$skip" ]; then
    rows+=("| $n | | | | skipped: a smaller corpus failed | | | | | |")
    continue
  fi
  if [ ! -f "$dir/manifest.json" ]; then
    echo "generating $dir ..." >&2
    target/release/examples/gen --articles "$n" --out "$dir" --seed 1 --force
  fi
  mb=$(du -sb --exclude=manifest.json "$dir" | awk '{printf "%.1f", $1 / 1e6}')
  find "$dir" -type f -exec cat {} + > /dev/null

  best=""
  best_cpu=""
  rss=0
  status="ok"
  for ((r = 1; r <= RUNS; r++)); do
    echo "check $dir, run $r of $RUNS ..." >&2
    rc=0
    (ulimit -v $((MAXMEM_GB * 1024 * 1024)); exec timeout "$TIMEOUT" /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" \
        "$bin" check "$dir" --format json --fail-on never > "$tmp/report.json") || rc=$?
    if [ "$rc" -ne 0 ]; then
      if [ "$rc" -eq 124 ]; then
        status="stopped after $TIMEOUT s"
      else
        read -r wall user sys kb < <(tail -n 1 "$tmp/time")
        status="failed (exit $rc, out of memory at ${MAXMEM_GB} GB?) after $wall s, peak RSS $((kb / 1024)) MB"
      fi
      break
    fi
    read -r wall user sys kb < <(tail -n 1 "$tmp/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$wall"
    fi
    if [ -z "$best_cpu" ] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then
      best_cpu="$cpu"
    fi
    if [ "$kb" -gt "$rss" ]; then rss="$kb"; fi
  done
  claims=""
  conflicts=""
  if [ "$status" = "ok" ]; then
    read -r claims conflicts < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(s["claims"], s["conflicts"])' "$tmp/report.json")
    rate=$(awk -v mb="$mb" -v s="$best_cpu" 'BEGIN { printf "%.1f", mb / s }')
    rss_mb=$(awk -v kb="$rss" 'BEGIN { printf "%.0f", kb / 1024 }')
  fi

  # Stage times, also when the whole run failed: examples/stages reports each stage on
  # standard error as it ends ("stages: extract: 7.092 s, CPU 6.90 s, RSS 265 MB, peak
  # 265 MB"); throughputs are per CPU second.
  extract=""
  slowest=""
  if [ "$STAGES" = "1" ]; then
    echo "stages $dir ..." >&2
    src=0
    (ulimit -v $((MAXMEM_GB * 1024 * 1024)); exec timeout "$TIMEOUT" target/release/examples/stages "$dir" \
        > "$tmp/stages.md" 2> "$tmp/stages.err") || src=$?
    grep '^stages: ' "$tmp/stages.err" > "$dir.stages.log" || true
    if [ "$src" -eq 0 ]; then
      cp "$tmp/stages.md" "$dir.stages.md"
    fi
    extract=$(awk -F': ' -v mb="$mb" '$2 == "extract" { split($3, t, " "); printf "%.1f", mb / t[4] }' "$dir.stages.log")
    slowest=$(awk -F': ' '{ split($3, t, " "); print t[4], $2 }' "$dir.stages.log" \
      | sort -rn | head -n 1 | awk '{ t = $1; $1 = ""; sub(/^ /, ""); printf "%s (%.1f CPU s)", $0, t }')
    if [ "$src" -ne 0 ]; then
      last=$(tail -n 1 "$dir.stages.log" | awk -F': ' '{ print $2 }')
      slowest="$slowest; failed (exit $src) in the stage after ${last:-rules}"
    fi
  fi
  if [ "$status" = "ok" ]; then
    rows+=("| $n | $mb | $claims | $conflicts | $best | $best_cpu | $rate | $rss_mb | $extract | $slowest |")
  else
    rows+=("| $n | $mb | | | $status | | | | $extract | $slowest |")
    skip=1
  fi
done

echo
echo "Load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine share its CPUs)"
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; $(rustc --version)"
echo
echo "| articles | MB | claims | conflicts | wall, best of $RUNS (s) | CPU, best of $RUNS (s) | MB/s (CPU) | peak RSS (MB) | extract MB/s (CPU) | slowest stage |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for row in "${rows[@]}"; do
  echo "$row"
done
