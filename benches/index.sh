#!/usr/bin/env bash
# Archive index benchmark: builds an index of a generated corpus, then times `lint` of new
# articles against it (and, with FOLDER=1, against the corpus folder, for comparison).
#
#   bash benches/index.sh                 # 100,000 articles, 20 new articles
#   bash benches/index.sh 10000 50        # corpus size, number of new articles
#   FOLDER=1 bash benches/index.sh 10000  # also lint against the folder (slow at 100,000)
#
# The corpus is target/bench-corpus/N (made by benches/run.sh or the generator, see
# benches/README.md). The new articles are copies of every (N / K)-th article of the corpus
# with each count's digits changed (`12 orang` -> `13 orang`), under other names, so each
# is new to the index and contradicts its story. Prints the index build (wall, peak RSS,
# file size), a second, unchanged `index` run, and the lint times (min, median, max) with
# peak RSS, as Markdown. Each new article is linted alone: `lint NEW --against DB`.
# Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:-100000}"
k="${2:-20}"
dir="target/bench-corpus/$n"
if [ ! -d "$dir" ]; then
  echo "index.sh: no corpus at $dir (bash benches/run.sh $n makes it)" >&2
  exit 2
fi
cargo build --release --quiet --bin factlint
bin=target/release/factlint
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
db="$tmp/archive.db"

# timed OUT CMD...: runs CMD with its output in OUT (errors dropped), prints "seconds KB".
timed() {
  local out="$1"
  shift
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" > "$out" 2> /dev/null || true
  tail -n 1 "$tmp/time"
}

find "$dir" -type f -exec cat {} + > /dev/null
read -r build_s build_kb < <(timed /dev/null "$bin" index "$dir" --db "$db")
size_mb=$(du -m "$db" | cut -f1)
read -r again_s _ < <(timed /dev/null "$bin" index "$dir" --db "$db")

mkdir -p "$tmp/new"
step=$((n / k))
i=0
for f in $(ls "$dir" | grep -E '\.(txt|md)$' | awk -v s="$step" 'NR % s == 1'); do
  i=$((i + 1))
  [ "$i" -le "$k" ] || break
  # A new article: the same story with each 2-digit count one higher.
  perl -pe 's/\b([1-8][0-9]) (orang|warga|rumah|perusahaan|people|houses|companies)\b/($1+1)." $2"/ge' \
    "$dir/$f" > "$tmp/new/new-$f"
done

lint_times=()
lint_kb=0
found=0
folder_times=()
for f in "$tmp"/new/*; do
  read -r s kb < <(timed "$tmp/a.json" "$bin" lint "$f" --against "$db" --format json --fail-on never)
  lint_times+=("$s")
  found=$((found + $(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["summary"]["conflicts"])' "$tmp/a.json")))
  [ "$kb" -gt "$lint_kb" ] && lint_kb="$kb"
  if [ "${FOLDER:-0}" = "1" ]; then
    read -r s2 _ < <(timed "$tmp/b.json" "$bin" lint "$f" --against "$dir" --format json --fail-on never)
    folder_times+=("$s2")
    cmp -s "$tmp/a.json" "$tmp/b.json" || echo "index.sh: $f: lint against the index differs from lint against the folder" >&2
  fi
done

stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f | %.3f | %.3f", v[1], v[int((NR + 1) / 2)], v[NR] }'; }

echo
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'); load average before the lint runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| articles | index: wall (s) | peak RSS (MB) | file (MB) | index again, unchanged (s) |"
echo "|---:|---:|---:|---:|---:|"
echo "| $n | $build_s | $((build_kb / 1024)) | $size_mb | $again_s |"
echo
echo "| lint of one new article ($k articles, $found conflicts in all) | min (s) | median (s) | max (s) | peak RSS (MB) |"
echo "|---|---:|---:|---:|---:|"
echo "| against the index | $(stats "${lint_times[@]}") | $((lint_kb / 1024)) |"
if [ "${FOLDER:-0}" = "1" ]; then
  echo "| against the folder (same reports: checked with cmp) | $(stats "${folder_times[@]}") | |"
fi
