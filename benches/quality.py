#!/usr/bin/env python3
"""Compare `factlint check DIR --format json` with the planted conflicts of a generated corpus.

    python3 benches/quality.py target/bench-corpus/10000 [--factlint target/release/factlint]
    python3 benches/quality.py DIR --report report.json      # reuse a saved JSON report

DIR is a corpus written by `cargo run --release --example gen` (see benches/README.md); its
manifest.json lists every planted conflict with the byte spans of the wrong form.

A plant is *found* when a reported conflict of the plant's kind has evidence in the planted
file whose byte range overlaps a span of the wrong form. *Flags per plant* counts every
reported conflict (of any kind) with such evidence. A reported conflict with no evidence on
any planted span is *unexplained*: a false alarm, as far as the generator knows (the
generator plants nothing else, so every other conflict is one).

Recall is given over the plants another article contradicts (`contradicted` in the manifest:
for `spelling` and `count`, another article of the story writes the right form; `weekday`
plants are contradicted by the calendar). Only standard-library Python 3.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import time


def load_report(args):
    if args.report:
        with open(args.report, encoding="utf-8") as f:
            return json.load(f), None
    cmd = [args.factlint, "check", args.corpus, "--format", "json", "--fail-on", "never"]
    start = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.monotonic() - start
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        sys.exit(f"quality.py: {' '.join(cmd)} exited with {out.returncode}")
    return json.loads(out.stdout), elapsed


def overlaps(a0, a1, spans):
    return any(a0 < b1 and b0 < a1 for b0, b1 in spans)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--factlint", default="target/release/factlint")
    ap.add_argument("--report", help="a saved `factlint check --format json` of the corpus")
    ap.add_argument("--list", type=int, default=0, metavar="N",
                    help="also list N missed plants and N unexplained conflicts of each kind")
    args = ap.parse_args()

    with open(os.path.join(args.corpus, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    report, elapsed = load_report(args)
    conflicts = report["conflicts"]

    # Evidence by file name (paths in the report are the corpus folder joined with the name).
    plants_by_file = collections.defaultdict(list)
    for i, p in enumerate(manifest["plants"]):
        plants_by_file[p["file"]].append(i)

    hits = collections.defaultdict(set)  # plant index -> conflict indices
    explained = [False] * len(conflicts)
    for ci, c in enumerate(conflicts):
        for ev in c["evidence"]:
            name = os.path.relpath(ev["path"], args.corpus)
            for pi in plants_by_file.get(name, ()):
                spans = manifest["plants"][pi]["spans"]
                if overlaps(ev["byte_start"], ev["byte_end"], spans):
                    hits[pi].add(ci)
                    explained[ci] = True

    kinds = ["spelling", "count", "weekday"]
    rows = []
    missed = collections.defaultdict(list)
    for kind in kinds:
        plants = [(i, p) for i, p in enumerate(manifest["plants"]) if p["kind"] == kind]
        contradicted = [(i, p) for i, p in plants if p["contradicted"]]
        found = [(i, p) for i, p in contradicted if any(conflicts[c]["kind"] == kind for c in hits[i])]
        other_kind = [(i, p) for i, p in contradicted
                      if hits[i] and not any(conflicts[c]["kind"] == kind for c in hits[i])]
        flags = [len(hits[i]) for i, _ in contradicted]
        for i, p in contradicted:
            if not any(conflicts[c]["kind"] == kind for c in hits[i]):
                missed[kind].append((p, sorted({conflicts[c]["kind"] for c in hits[i]})))
        rows.append({
            "kind": kind,
            "planted": len(plants),
            "contradicted": len(contradicted),
            "found": len(found),
            "recall": len(found) / len(contradicted) if contradicted else float("nan"),
            "other_kind": len(other_kind),
            "flags": sum(flags) / len(flags) if flags else float("nan"),
        })

    # Recall by what was planted and the article's language.
    breakdown = []
    for kind in ["spelling", "count"]:
        groups = collections.defaultdict(lambda: [0, 0])
        for i, p in enumerate(manifest["plants"]):
            if p["kind"] != kind or not p["contradicted"]:
                continue
            key = (p["target"] if kind == "spelling" else "", p.get("lang", "?"))
            groups[key][0] += 1
            groups[key][1] += any(conflicts[c]["kind"] == kind for c in hits[i])
        for (target, lang), (n, f) in sorted(groups.items()):
            breakdown.append((kind, target, lang, n, f))

    unexplained = [c for c, e in zip(conflicts, explained) if not e]
    by_kind = collections.Counter(c["kind"] for c in unexplained)
    all_kinds = collections.Counter(c["kind"] for c in conflicts)

    s = report["summary"]
    print(f"corpus: {args.corpus}: {manifest['articles']} articles, {len(manifest['stories'])} stories, "
          f"{manifest['bytes'] / 1e6:.1f} MB, {len(manifest['plants'])} plants")
    print(f"factlint: {s['claims']} claims, {s['conflicts']} conflicts"
          + (f", {elapsed:.1f} s" if elapsed is not None else ""))
    print()
    print("| plant kind | planted | contradicted | found (same kind) | recall | flagged as another kind only | flags per plant |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['kind']} | {r['planted']} | {r['contradicted']} | {r['found']} | {r['recall']:.1%} "
              f"| {r['other_kind']} | {r['flags']:.2f} |")
    print()
    print("| plant kind | target | language | contradicted | found | recall |")
    print("|---|---|---|---:|---:|---:|")
    for kind, target, lang, n, f in breakdown:
        print(f"| {kind} | {target or 'any'} | {lang} | {n} | {f} | {f / n:.1%} |")
    print()
    print("| reported kind | conflicts | explained by a plant | unexplained (false alarms) |")
    print("|---|---:|---:|---:|")
    for kind in sorted(all_kinds):
        print(f"| {kind} | {all_kinds[kind]} | {all_kinds[kind] - by_kind[kind]} | {by_kind[kind]} |")
    print(f"| **all** | {len(conflicts)} | {len(conflicts) - len(unexplained)} | {len(unexplained)} |")

    if args.list:
        for kind in kinds:
            print(f"\nmissed {kind} plants (first {args.list}):")
            for p, other in missed[kind][: args.list]:
                print(f"  {p['file']}: {p['wrong']!r} for {p['right']!r}; flagged as: {other or 'nothing'}")
        for kind in sorted(by_kind):
            print(f"\nunexplained {kind} conflicts (first {args.list}):")
            for c in [c for c in unexplained if c["kind"] == kind][: args.list]:
                files = sorted({os.path.basename(e["path"]) for e in c["evidence"]})
                print(f"  {c['subject']}: {c['message'][:160]} [{', '.join(files[:4])}]")


if __name__ == "__main__":
    main()
