#!/bin/sh
# Fills fuzz/corpus/<target>/ with seed inputs taken from the repository, so no seed is
# committed twice. Run from anywhere; safe to run again (seeds are overwritten, inputs the
# fuzzer added are kept). The corpus folders are git-ignored.
#
#   load, dates, numbers, names: every article in seeds/ and tests/fixtures/ (*.txt, *.md,
#       READMEs left out); for load also each pair of neighbouring articles of one folder,
#       joined by a 0xFF byte (the target's article separator), so reconcile sees pairs.
#   rules: every rules/**/*.yaml as an added file, and again with a first line
#       `#> <path>` so the target puts it in place of the built-in file of that path.
set -eu

fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
corpus="$fuzz/corpus"
cd "$root"

# A name for a repository path inside a flat corpus folder.
flat() { printf '%s' "$1" | tr '/' '_'; }

articles=$(find seeds tests/fixtures -type f \( -name '*.txt' -o -name '*.md' \) ! -name 'README.md' | sort)

for target in load dates numbers names; do
    mkdir -p "$corpus/$target"
    for f in $articles; do
        cp "$f" "$corpus/$target/seed_$(flat "$f")"
    done
done

prev=
for f in $articles; do
    if [ -n "$prev" ] && [ "$(dirname "$prev")" = "$(dirname "$f")" ]; then
        { cat "$prev"; printf '\377'; cat "$f"; } >"$corpus/load/pair_$(flat "$f")"
    fi
    prev=$f
done

mkdir -p "$corpus/rules"
for f in $(find rules -type f -name '*.yaml' | sort); do
    rel=${f#rules/}
    cp "$f" "$corpus/rules/seed_$(flat "$rel")"
    { printf '#> %s\n' "$rel"; cat "$f"; } >"$corpus/rules/replace_$(flat "$rel")"
done

for target in load dates numbers names rules; do
    echo "$target: $(ls "$corpus/$target" | wc -l) inputs in fuzz/corpus/$target"
done
