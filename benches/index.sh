#!/usr/bin/env bash
# Archive index benchmark, on both generators side by side: for each corpus, builds an index
# of it, then times `lint` of new articles against it (and, with FOLDER=1, against the
# corpus folder, for comparison).
#
#   bash benches/index.sh                     # 100,000 articles, 20 new articles, both corpora
#   bash benches/index.sh 10000 10            # corpus size, number of new articles
#   RUNS=1 CORPORA=independent bash benches/index.sh 100000 3   # one corpus, one run each
#   FOLDER=1 bash benches/index.sh 10000      # also lint against the folder (slow at 100,000)
#   FACTLINT=/tmp/old/factlint bash benches/index.sh   # another build, for a before/after
#
# The corpora (generated when missing, then reused):
#   - own: target/bench-corpus/N, the project's generator (`cargo run --release --example gen
#     -- --articles N --seed 1`, about 35 claims an article);
#   - independent: target/bench-corpus/independent-N, `python3 ../shared/bench/gen_corpus.py
#     --n N --seed 1` (GEN_CORPUS=PATH to point elsewhere; about 110 claims an article, and
#     stories where hundreds of articles share names and events).
# CORPORA (default "own independent") chooses among them. The new articles are copies of every
# (N / K)-th article of the corpus with each two-digit count one higher (`12 orang` ->
# `13 orang`, `37 negara` -> `38 negara`), under other names, so each is new to the index
# and most contradict their story. Each new article is linted alone (`lint NEW --against DB
# --format json`) RUNS times (default 3) and counts with the median of its runs; the table
# gives the min, median and max of those over the K articles, and the largest peak RSS.
# Prints the index build (wall, peak RSS, file size), a second, unchanged `index` run, and
# the lint times, as Markdown. Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:-100000}"
k="${2:-20}"
RUNS="${RUNS:-3}"
CORPORA="${CORPORA:-own independent}"
GEN_CORPUS="${GEN_CORPUS:-../shared/bench/gen_corpus.py}"
if [ ! -x /usr/bin/time ]; then
  echo "index.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 2
fi
cargo build --release --quiet --bin factlint --example gen
bin="${FACTLINT:-target/release/factlint}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# timed OUT CMD...: runs CMD with its output in OUT (errors dropped), prints "seconds KB".
timed() {
  local out="$1"
  shift
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" > "$out" 2> /dev/null || true
  tail -n 1 "$tmp/time"
}

stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f | %.3f | %.3f", v[1], v[int((NR + 1) / 2)], v[NR] }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

builds=()
lints=()
for corpus in $CORPORA; do
  case "$corpus" in
    own)
      dir="target/bench-corpus/$n"
      if [ ! -f "$dir/manifest.json" ]; then
        echo "generating $dir ..." >&2
        target/release/examples/gen --articles "$n" --out "$dir" --seed 1 --force > /dev/null
      fi
      label="project's generator"
      ;;
    independent)
      dir="target/bench-corpus/independent-$n"
      if [ ! -f "$dir.jsonl" ]; then
        echo "generating $dir ..." >&2
        rm -rf "$dir"
        python3 "$GEN_CORPUS" --n "$n" --seed 1 --out "$dir" --manifest "$dir.jsonl" --quiet
      fi
      label="independent generator"
      ;;
    *)
      echo "index.sh: unknown corpus $corpus (own, independent)" >&2
      exit 2
      ;;
  esac
  db="$tmp/$corpus.db"
  find "$dir" -type f -exec cat {} + > /dev/null
  read -r build_s build_kb < <(timed /dev/null "$bin" index "$dir" --db "$db")
  size_mb=$(du -m "$db" | cut -f1)
  text_mb=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
  read -r again_s _ < <(timed /dev/null "$bin" index "$dir" --db "$db")
  builds+=("| $label | $n | $text_mb | $build_s | $((build_kb / 1024)) | $size_mb | $again_s |")

  rm -rf "$tmp/new"
  mkdir -p "$tmp/new"
  step=$((n / k))
  i=0
  for f in $(ls "$dir" | grep -E '\.(txt|md)$' | awk -v s="$step" 'NR % s == 1'); do
    i=$((i + 1))
    [ "$i" -le "$k" ] || break
    # A new article: the same story with each 2-digit count one higher.
    perl -pe 's/\b([1-8][0-9]) (orang|warga|rumah|perusahaan|negara|truk|people|houses|companies)\b/($1+1)." $2"/ge' \
      "$dir/$f" > "$tmp/new/new-$f"
  done

  lint_times=()
  lint_kb=0
  found=0
  folder_times=()
  same=yes
  for f in "$tmp"/new/*; do
    runs=()
    for ((r = 1; r <= RUNS; r++)); do
      read -r s kb < <(timed "$tmp/a.json" "$bin" lint "$f" --against "$db" --format json --fail-on never)
      runs+=("$s")
      [ "$kb" -gt "$lint_kb" ] && lint_kb="$kb"
    done
    lint_times+=("$(median "${runs[@]}")")
    found=$((found + $(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["summary"]["conflicts"])' "$tmp/a.json")))
    if [ "${FOLDER:-0}" = "1" ]; then
      read -r s2 _ < <(timed "$tmp/b.json" "$bin" lint "$f" --against "$dir" --format json --fail-on never)
      folder_times+=("$s2")
      if ! cmp -s "$tmp/a.json" "$tmp/b.json"; then
        same=no
        echo "index.sh: $f: lint against the index differs from lint against the folder" >&2
      fi
    fi
  done
  lints+=("| $label, against the index | $k | $found | $(stats "${lint_times[@]}") | $((lint_kb / 1024)) |")
  if [ "${FOLDER:-0}" = "1" ]; then
    lints+=("| $label, against the folder (same reports, \`cmp\`: $same) | $k | | $(stats "${folder_times[@]}") | |")
  fi
  rm -f "$db"
done

echo
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'); $(date -u '+%Y-%m-%d %H:%M UTC'); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| corpus | articles | text (MB) | index: wall (s) | peak RSS (MB) | file (MB) | index again, unchanged (s) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${builds[@]}"
echo
echo "| lint of one new article (median of $RUNS runs each) | new articles | conflicts in all | min (s) | median (s) | max (s) | peak RSS (MB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${lints[@]}"
