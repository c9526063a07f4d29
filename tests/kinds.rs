//! One snapshot per (conflict kind, fixture): the text report a user sees for each
//! article under `tests/fixtures/<kind>/`, and the number of conflicts of that kind.
//! `planted_*` fixtures hold conflicts written on purpose; `clean_*` ones hold look-alikes
//! that must not be flagged.

mod common;

use common::factlint;
use serde_json::Value;

/// (kind, fixture file, number of conflicts of that kind it must give).
const CASES: &[(&str, &str, usize)] = &[
    // "Kamis, 5 Maret 2024" (a Tuesday).
    ("weekday", "planted_id.txt", 1),
    // "Monday, March 12, 2024" (a Tuesday).
    ("weekday", "planted_en.md", 1),
    // Correct pairs, "Minggu lalu", "salat Jumat", "Black Friday", bare weekdays.
    ("weekday", "clean_id.txt", 0),
    // Dated 4 March 2024, reports a visit "pada 12 April 2024"; scheduled events are fine.
    ("dateline", "planted_id.txt", 1),
    // Dated March 4, 2024, reports a tour "on June 7, 2024".
    ("dateline", "planted_en.txt", 1),
    // Front matter dates it 2023-01-10 (over its header); reports February 2, 2023 as past.
    ("dateline", "front_matter_en.md", 1),
    // Past dates before the dateline, future ones marked, a "Baca Juga" link line.
    ("dateline", "clean_id.txt", 0),
    // Update stamps after the dateline ("diperbarui 12 Juli 2025") are no reported events.
    ("dateline", "clean_update_id.txt", 0),
];

#[test]
fn every_fixture_gives_its_conflicts_and_no_others() {
    for &(kind, file, expected) in CASES {
        let path = format!("tests/fixtures/{kind}/{file}");
        let run = factlint(&["check", "--format", "json", &path]);
        let doc: Value = serde_json::from_str(&run.stdout).expect("JSON report");
        let conflicts = doc["conflicts"].as_array().expect("conflicts");
        let of_kind = conflicts.iter().filter(|c| c["kind"] == kind).count();
        assert_eq!(
            of_kind, expected,
            "{path}: {kind} conflicts\n{}",
            run.stdout
        );
        assert_eq!(
            conflicts.len(),
            of_kind,
            "{path}: conflicts of other kinds\n{}",
            run.stdout
        );
        assert_eq!(run.code, i32::from(expected > 0), "{path}: exit code");
    }
}

#[test]
fn every_fixture_report_is_snapshotted() {
    for &(kind, file, _) in CASES {
        let path = format!("tests/fixtures/{kind}/{file}");
        let run = factlint(&["check", &path]);
        let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
        snap!(format!("{kind}__{stem}"), run.shown());
    }
}

#[test]
fn every_registered_kind_has_a_planted_and_a_clean_fixture() {
    for k in factlint::kinds::KINDS {
        let planted = CASES.iter().any(|&(kind, _, n)| kind == k.id && n > 0);
        let clean = CASES.iter().any(|&(kind, _, n)| kind == k.id && n == 0);
        assert!(
            planted && clean,
            "kind {} needs a planted and a clean fixture",
            k.id
        );
    }
}
