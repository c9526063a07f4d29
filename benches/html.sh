#!/usr/bin/env bash
# HTML report benchmark (issue 18): writes the HTML report of generated corpora and opens
# it in headless Chromium; prints a Markdown table.
#
#   bash benches/html.sh            # 10,000 articles
#   bash benches/html.sh 5000       # another size
#   LOADS=5 bash benches/html.sh    # best of 5 page loads (default 3)
#
# Two corpora of N articles each:
#   - the project's generator: target/bench-corpus/N (as benches/run.sh makes it; kept and
#     reused while its manifest.json is there);
#   - the independent one: target/bench-corpus/independent-N, from
#     `python3 ../shared/bench/gen_corpus.py --n N --seed 1` (set GEN_CORPUS to its path),
#     denser text (about 110 claims an article against 35).
# For each it times, with GNU time (wall s, peak RSS):
#   1. `check DIR --format json` (for comparison: the run without the HTML),
#   2. `check DIR --format html -o FILE` (the single page),
#   3. `check DIR --html-dir DIR` (index.html and one page per story above
#      html-pages-above conflicts), and again with `--threads 1`, comparing the bytes;
# then the page sizes (single page, index, largest story page) and the time headless
# Chromium takes to load, run and serialise each (`chromium --headless=new --dump-dom`,
# best of LOADS, the whole process from start to exit; Chromium's start alone is measured
# on an empty page and shown as the floor). Needs GNU time and Chromium (Debian packages
# `time`, `chromium`; FACTLINT_CHROMIUM names another binary).
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:-10000}"
LOADS="${LOADS:-3}"
GEN_CORPUS="${GEN_CORPUS:-../shared/bench/gen_corpus.py}"
CHROMIUM="${FACTLINT_CHROMIUM:-chromium}"
for tool in /usr/bin/time "$CHROMIUM"; do
  if ! command -v "$tool" > /dev/null; then
    echo "html.sh: needs $tool (apt-get install time chromium)" >&2
    exit 2
  fi
done

cargo build --release --quiet --bin factlint --example gen
bin=target/release/factlint
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

own="target/bench-corpus/$n"
if [ ! -f "$own/manifest.json" ]; then
  echo "generating $own ..." >&2
  target/release/examples/gen --articles "$n" --out "$own" --seed 1 --force > /dev/null
fi
independent="target/bench-corpus/independent-$n"
if [ ! -f "$independent.jsonl" ]; then
  echo "generating $independent ..." >&2
  rm -rf "$independent"
  python3 "$GEN_CORPUS" --n "$n" --seed 1 --out "$independent" --manifest "$independent.jsonl" --quiet
fi

# timed CMD...: runs CMD (output dropped), prints "wall_s rss_mb".
timed() {
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" > /dev/null 2>&1 || true
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$tmp/time"
}

# load FILE: the best of LOADS Chromium runs on FILE, in seconds.
load() {
  local best=""
  for ((r = 1; r <= LOADS; r++)); do
    rm -rf "$tmp/profile"
    /usr/bin/time -f '%e' -o "$tmp/load" "$CHROMIUM" --headless=new --no-sandbox --disable-gpu \
      --user-data-dir="$tmp/profile" --dump-dom "file://$(realpath "$1")" > "$tmp/dom" 2> /dev/null
    grep -q '</html>' "$tmp/dom" || { echo "html.sh: chromium printed no page for $1" >&2; exit 1; }
    local t
    t=$(tail -n 1 "$tmp/load")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$t"; fi
  done
  echo "$best"
}

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.2f", b / 1e6 }'; }

echo '<!DOCTYPE html><html><body></body></html>' > "$tmp/empty.html"
floor=$(load "$tmp/empty.html")

rows=()
for corpus in "$own" "$independent"; do
  echo "measuring $corpus ..." >&2
  find "$corpus" -type f -exec cat {} + > /dev/null
  read -r json_s json_mb < <(timed "$bin" check "$corpus" --format json --fail-on never)
  read -r single_s single_mb < <(timed "$bin" check "$corpus" --format html --fail-on never -o "$tmp/single.html")
  read -r pages_s pages_mb < <(timed "$bin" check "$corpus" --html-dir "$tmp/pages" --fail-on never)
  "$bin" --threads 1 check "$corpus" --html-dir "$tmp/pages1" --fail-on never 2> /dev/null || true
  same=yes
  diff -rq "$tmp/pages" "$tmp/pages1" > /dev/null || same=NO
  conflicts=$("$bin" check "$corpus" --format json --fail-on never | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["conflicts"])')
  pages=$(find "$tmp/pages" -name '*.html' | wc -l)
  # (awk reads all of ls's output: `head` would end it with SIGPIPE, an error under pipefail)
  largest=$(ls -S "$tmp/pages"/*.html | awk 'NR == 1')
  rows+=("| $corpus | $conflicts | $json_s | $single_s ($single_mb MB) | $pages_s | $(mb "$tmp/single.html") | $(load "$tmp/single.html") | $pages | $(mb "$tmp/pages/index.html") | $(load "$tmp/pages/index.html") | $(basename "$largest") $(mb "$largest") | $(load "$largest") | $same |")
  rm -rf "$tmp/pages" "$tmp/pages1" "$tmp/single.html"
done

echo
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; $("$CHROMIUM" --version 2> /dev/null | awk 'NR == 1'); load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)"
echo "Chromium start and exit on an empty page: $floor s"
echo
echo "| corpus ($n articles) | conflicts | json run (s) | single page run (s, peak RSS) | --html-dir run (s) | single page (MB) | single page load (s) | pages | index (MB) | index load (s) | largest story page (MB) | its load (s) | same bytes on 1 thread |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for row in "${rows[@]}"; do
  echo "$row"
done
