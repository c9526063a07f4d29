#!/usr/bin/env bash
# Time and peak memory of factlint on the hostile inputs of issue 17, each generated here
# (nothing is committed): a 4 MiB single-line article full of conflicts in every report
# format (to stdout and with -o), YAML nested a million deep in front matter, a rule file
# and factlint.yaml, an `index` killed (kill -9) during its first run and run again, a
# `.db` that is no SQLite file given to `lint --against`, and ESC in file names.
# Prints one Markdown table row per run (wall time, peak RSS, exit code); a run over
# LIMIT_S seconds (default 10) or LIMIT_MB of peak RSS (default 1024), or with another exit
# code than expected, is marked FAIL and the script exits 1.
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
# Dates each written with a wrong day name, every one another date (one wrong date written
# again is one more span of the same conflict): a conflict every few words.
import datetime
names = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
day, parts, size = datetime.date(1900, 1, 1), [], 0
while size < 4194304:
    part = f"{names[(day.weekday() + 1) % 7]} ({day.day}/{day.month}/{day.year}) "
    parts.append(part)
    size += len(part)
    day += datetime.timedelta(days=1)
open(f"{d}/line.txt", "w").write("".join(parts)[:4194304])
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
# An archive for the killed first index: the seeds under 1,000 names.
seeds = sorted(os.listdir("seeds"))
os.makedirs(f"{d}/archive", exist_ok=True)
for i in range(1000):
    text = open(os.path.join("seeds", seeds[i % len(seeds)])).read()
    open(f"{d}/archive/a{i:05}.txt", "w").write(text)
# A Git LFS pointer where an index is expected.
open(f"{d}/lfs.db", "w").write(
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
    "size 12345\n")
# File names with an escape (ESC [ 2 J clears a terminal) and a bell.
os.makedirs(f"{d}/esc", exist_ok=True)
open(f"{d}/esc/\x1b[2J\x07a.txt", "w").write("Isi berita pada Kamis (3/6/2024).\n")
PY

status=0
echo "| input | command | exit | wall (s) | CPU (s) | peak RSS (MB) | output (MB) | verdict |"
echo "|---|---|---:|---:|---:|---:|---:|---|"
# run INPUT EXPECTED-EXIT ARGS...: one timed run of factlint in the scratch folder.
run() {
  local input="$1"; shift
  local expect="$1"; shift
  local code=0
  rm -f "$tmp/report.out"
  (cd "$tmp" && /usr/bin/time -f '%e %U %S %M' -o time.txt "$bin" "$@" > out.bin 2> err.txt) || code=$?
  read -r secs user sys kb < <(tail -n 1 "$tmp/time.txt")
  local cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  local mb=$((kb / 1024))
  local out
  local bytes
  bytes=$(stat -c %s "$tmp/out.bin")
  if [ -f "$tmp/report.out" ]; then
    bytes=$(stat -c %s "$tmp/report.out")
  fi
  out=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  local verdict=ok
  if awk -v s="$secs" -v l="$LIMIT_S" 'BEGIN { exit !(s > l) }' || [ "$mb" -gt "$LIMIT_MB" ]; then
    verdict=FAIL
    status=1
  fi
  if [ "$code" != "$expect" ]; then
    verdict="FAIL (exit $code, expected $expect: $(head -c 200 "$tmp/err.txt" | tr '\n\033\007' '   '))"
    status=1
  fi
  echo "| $input | \`factlint ${*//$'\033'/\\e}\` | $code | $secs | $cpu | $mb | $out | $verdict |"
}
for format in text json sarif github markdown html; do
  run "4 MiB line" 1 check --format "$format" line.txt
  run "4 MiB line" 1 check --format "$format" line.txt -o report.out
done
run "front matter [[[...]]] 1M deep" 2 check fm_seq.txt
run "front matter {a: {a: ...}} 500k deep" 2 check fm_maps.txt
run "front matter - - - ... 1M deep" 2 check fm_compact.txt
run "rule file [[[...]]] 1M deep" 2 --rules rules check ok.txt
run "factlint.yaml {a: ...} 500k deep" 2 --config deep-config.yaml check ok.txt

# The first index of 1,000 articles killed after a second, then run again: it starts over
# (the killed run left only archive.db.building) and completes.
(cd "$tmp" && exec "$bin" index archive --db archive.db > /dev/null 2>&1) &
killed=$!
sleep 1
kill -9 "$killed" 2> /dev/null || true
wait "$killed" 2> /dev/null || true
run "index after a killed first run" 0 index archive --db archive.db
run "lint --against a Git LFS pointer .db" 2 lint ok.txt --against lfs.db

# ESC and BEL in a file name never reach the output raw.
for format in text github markdown; do
  run "ESC in a file name" 1 check --format "$format" esc
  if grep -q $'\033\|\007' "$tmp/out.bin" "$tmp/err.txt"; then
    echo "| ESC in a file name | --format $format | | | | | | FAIL (raw ESC or BEL in the output) |"
    status=1
  fi
done
exit "$status"
