#!/usr/bin/env bash
# Time and peak memory of factlint on the hostile inputs of issue 17, each generated here
# (nothing is committed): a 4 MiB single-line article full of conflicts in every report
# format, and YAML nested a million deep in front matter, a rule file and factlint.yaml.
# Prints one Markdown table row per run; a run over LIMIT_S seconds (default 10) or
# LIMIT_MB of peak RSS (default 1024) is marked FAIL and the script exits 1.
#
#   bash benches/hostile.sh
#
# Needs GNU time (/usr/bin/time) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

LIMIT_S="${LIMIT_S:-10}"
LIMIT_MB="${LIMIT_MB:-1024}"
if [ ! -x /usr/bin/time ]; then
  echo "hostile.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 2
fi
cargo build --release --quiet --bin factlint
bin="$PWD/target/release/factlint"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" <<'PY'
import os, sys
d = sys.argv[1]
open(f"{d}/line.txt", "w").write(("Kamis (3/6/2024) " * 250000)[:4194304])
n = 1_000_000
seq = "[" * n + "]" * n
maps = "{a: " * (n // 2) + "1" + "}" * (n // 2)
body = "\n---\nIsi berita pada Senin (3/6/2024).\n"
open(f"{d}/fm_seq.txt", "w").write(f"---\npublished: {seq}{body}")
open(f"{d}/fm_maps.txt", "w").write(f"---\nextra: {maps}{body}")
open(f"{d}/fm_compact.txt", "w").write("---\nextra:\n" + "- " * n + f"1{body}")
os.makedirs(f"{d}/rules", exist_ok=True)
open(f"{d}/rules/deep.yaml", "w").write(f"settings: {seq}\n")
open(f"{d}/deep-config.yaml", "w").write(f"format: text\nextra: {maps}\n")
open(f"{d}/ok.txt", "w").write("Isi berita pada Senin (3/6/2024).\n")
PY

status=0
echo "| input | command | exit | wall (s) | peak RSS (MB) | output (MB) | verdict |"
echo "|---|---|---:|---:|---:|---:|---|"
run() {
  local input="$1"; shift
  local code=0
  (cd "$tmp" && /usr/bin/time -f '%e %M' -o time.txt "$bin" "$@" > out.bin 2> err.txt) || code=$?
  read -r secs kb < <(tail -n 1 "$tmp/time.txt")
  local mb=$((kb / 1024))
  local out
  out=$(awk -v b="$(stat -c %s "$tmp/out.bin")" 'BEGIN { printf "%.1f", b / 1e6 }')
  local verdict=ok
  if awk -v s="$secs" -v l="$LIMIT_S" 'BEGIN { exit !(s > l) }' || [ "$mb" -gt "$LIMIT_MB" ]; then
    verdict=FAIL
    status=1
  fi
  echo "| $input | \`factlint $*\` | $code | $secs | $mb | $out | $verdict |"
}
for format in text json sarif github markdown html; do
  run "4 MiB line" check --format "$format" line.txt
done
run "front matter [[[...]]] 1M deep" check fm_seq.txt
run "front matter {a: {a: ...}} 500k deep" check fm_maps.txt
run "front matter - - - ... 1M deep" check fm_compact.txt
run "rule file [[[...]]] 1M deep" --rules rules check ok.txt
run "factlint.yaml {a: ...} 500k deep" --config deep-config.yaml check ok.txt
exit "$status"
