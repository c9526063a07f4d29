//! Hostile input: the files under tests/hostile/ with the outcomes listed in
//! tests/hostile/expected.yaml, and big generated inputs (a 100 MB line, long repeated
//! patterns). No panic, no hang, a clear error for bad input, and every span quoting the
//! file's bytes exactly.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{factlint_bounded, temp_dir, Run};
use serde::Deserialize;

/// A generous bound against hangs, far above any run here (not a speed target).
const HANG_SECS: u64 = 300;

#[derive(Deserialize)]
struct Expected {
    articles: Vec<ArticleCase>,
    rules: Vec<RuleCase>,
}

#[derive(Deserialize)]
struct ArticleCase {
    file: String,
    exit: i32,
    error: Option<String>,
    claims: Option<u64>,
    kinds: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct RuleCase {
    dir: String,
    file: Option<String>,
    line: Option<usize>,
    error: Option<String>,
}

fn hostile() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

fn expected() -> Expected {
    let text = std::fs::read_to_string(hostile().join("expected.yaml")).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

fn names_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

fn no_panic(run: &Run) {
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(!run.stderr.contains("RUST_BACKTRACE"), "{}", run.stderr);
}

/// Exit code 2, nothing on stdout, one line on stderr naming `path` and saying `reason`.
fn assert_refused(run: &Run, path: &str, reason: &str) {
    no_panic(run);
    assert_eq!(run.code, 2, "{path}: {}", run.stderr);
    assert_eq!(run.stdout, "", "{path}");
    assert_eq!(run.stderr.lines().count(), 1, "{path}: {}", run.stderr);
    assert!(run.stderr.contains(path), "{path}: {}", run.stderr);
    assert!(run.stderr.contains(reason), "{path}: {}", run.stderr);
}

/// Line (after `\n`, `\r\n` or a lone `\r`) and character column of byte `at`.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..at];
    let mut line = 1;
    let mut line_start = 0;
    for (i, &b) in before.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n')) {
            line += 1;
            line_start = i + 1;
        }
    }
    (line, text[line_start..at].chars().count() + 1)
}

/// The span of a JSON claim or evidence object quotes `text` exactly, at its line and column.
fn assert_span(text: &str, v: &serde_json::Value, what: &str) {
    let start = v["byte_start"].as_u64().unwrap() as usize;
    let end = v["byte_end"].as_u64().unwrap() as usize;
    assert!(start <= end && end <= text.len(), "{what}: {v}");
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {v}"
    );
    assert_eq!(
        &text[start..end],
        v["text"].as_str().unwrap(),
        "{what}: {v}"
    );
    let (line, column) = line_and_column(text, start);
    assert_eq!(v["line"].as_u64().unwrap() as usize, line, "{what}: {v}");
    assert_eq!(
        v["column"].as_u64().unwrap() as usize,
        column,
        "{what}: {v}"
    );
}

/// Every claim span of `file` (run from `dir`) and every evidence span of `report` quote
/// the file.
fn assert_all_spans(dir: &Path, file: &str, report: &serde_json::Value) -> usize {
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    let claims = factlint_bounded(dir, &["claims", file], HANG_SECS);
    no_panic(&claims);
    assert_eq!(claims.code, 0, "{file}: {}", claims.stderr);
    let mut n = 0;
    for line in claims.stdout.lines() {
        let claim: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_span(&text, &claim, file);
        n += 1;
    }
    for c in report["conflicts"].as_array().unwrap() {
        for e in c["evidence"].as_array().unwrap() {
            assert_span(&text, e, file);
        }
    }
    n
}

#[test]
fn every_hostile_file_has_an_expected_outcome() {
    let exp = expected();
    let listed: BTreeSet<String> = exp.articles.iter().map(|c| c.file.clone()).collect();
    assert_eq!(listed, names_in(&hostile().join("articles")));
    let listed: BTreeSet<String> = exp.rules.iter().map(|c| c.dir.clone()).collect();
    assert_eq!(listed, names_in(&hostile().join("rules")));
}

#[test]
fn hostile_articles_give_their_expected_outcome() {
    let dir = hostile().join("articles");
    for case in expected().articles {
        let f = case.file.as_str();
        let run = factlint_bounded(&dir, &["check", "--format", "json", f], HANG_SECS);
        no_panic(&run);
        if case.exit == 2 {
            assert_refused(&run, f, case.error.as_deref().unwrap());
            continue;
        }
        assert_eq!(run.code, case.exit, "{f}: {}", run.stderr);
        assert_eq!(run.stderr, "", "{f}");
        let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let claims = report["summary"]["claims"].as_u64().unwrap();
        assert!(claims >= case.claims.unwrap(), "{f}: {claims} claims");
        let kinds: BTreeSet<&str> = report["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["kind"].as_str().unwrap())
            .collect();
        let want: BTreeSet<&str> = case.kinds.iter().flatten().map(String::as_str).collect();
        assert_eq!(kinds, want, "{f}");
        let quoted = assert_all_spans(&dir, f, &report);
        assert_eq!(quoted as u64, claims, "{f}");
    }
}

#[test]
fn hostile_rule_files_give_their_expected_outcome() {
    let dir = hostile();
    for case in expected().rules {
        let rules = format!("rules/{}", case.dir);
        let args = ["--rules", &rules, "check", "articles/rtl.txt"];
        let run = factlint_bounded(&dir, &args, HANG_SECS);
        no_panic(&run);
        match (&case.file, case.line, &case.error) {
            (Some(file), Some(line), Some(error)) => {
                let at = format!("{rules}/{file}:{line}: ");
                assert_refused(&run, &at, error);
            }
            (None, None, None) => {
                assert_eq!(run.code, 0, "{rules}: {}", run.stderr);
                assert_eq!(run.stderr, "", "{rules}");
            }
            _ => panic!("{rules}: give file, line and error together, or none"),
        }
    }
}

/// `pattern` repeated to `bytes` bytes (cut at a character boundary), no line break.
/// About `bytes` of dates each written with a wrong day name, every one another date
/// (one wrong date written again is one more span of the same conflict): `Selasa
/// (1/1/1900) Rabu (2/1/1900) ...`.
fn wrong_weekdays(bytes: usize) -> String {
    use chrono::{Datelike, NaiveDate};
    const NAMES: [&str; 7] = [
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
    ];
    let mut s = String::with_capacity(bytes + 32);
    let mut day = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    while s.len() < bytes {
        let wrong = NAMES[(day.weekday().num_days_from_monday() as usize + 1) % 7];
        s.push_str(&format!(
            "{wrong} ({}/{}/{}) ",
            day.day(),
            day.month(),
            day.year()
        ));
        day = day.succ_opt().unwrap();
    }
    s
}

fn repeated(pattern: &str, bytes: usize) -> String {
    let mut s = pattern.repeat(bytes / pattern.len() + 1);
    let mut cut = bytes;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

#[test]
fn a_100_mb_line_is_refused_with_the_flag_to_raise_the_limit() {
    let dir = temp_dir("hostile-100mb");
    let line = repeated(
        "Presiden Joko Widodo bertemu 12 menteri pada Senin (3/6/2024) ",
        100_000_000,
    );
    std::fs::write(dir.join("line.txt"), &line).unwrap();
    drop(line);
    let run = factlint_bounded(&dir, &["check", "line.txt"], HANG_SECS);
    assert_refused(
        &run,
        "line.txt",
        "file is 100000000 bytes, over the limit of 4194304 (raise it with --max-article-bytes)",
    );
    // The flag moves the limit both ways (the whole 100 MB is left to the benchmarks: its
    // claims take gigabytes).
    let sentence = "Presiden Joko Widodo bertemu 12 menteri pada Senin (3/6/2024) ";
    std::fs::write(dir.join("line.txt"), repeated(sentence, 300_000)).unwrap();
    let lower = ["--max-article-bytes", "100000", "check", "line.txt"];
    let run = factlint_bounded(&dir, &lower, HANG_SECS);
    assert_refused(&run, "line.txt", "over the limit of 100000");
    let raised = [
        "--max-article-bytes",
        "300000",
        "check",
        "--format",
        "json",
        "line.txt",
    ];
    let run = factlint_bounded(&dir, &raised, HANG_SECS);
    no_panic(&run);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(report["summary"]["claims"].as_u64().unwrap() > 10_000);
}

#[test]
fn long_repeated_patterns_and_odd_scripts_are_read_to_the_end() {
    let dir = temp_dir("hostile-patterns");
    let size = 256 * 1024;
    let cases = [
        ("ones.txt", repeated("1 ", size)),
        ("universitas.txt", repeated("Universitas ", size)),
        (
            "names.txt",
            repeated("Presiden Joko Widodo, Menteri Retno Marsudi, ", size),
        ),
        (
            "sentences.txt",
            repeated(
                "Presiden Joko Widodo bertemu 12 menteri pada Senin (3/6/2024). ",
                size,
            ),
        ),
        ("dates.txt", repeated("Senin (3/6/2024) ", size)),
        ("number_words.txt", repeated("dua belas ribu juta ", size)),
        ("brackets.txt", repeated("(", size)),
        ("one_word.txt", repeated("a", size)),
        ("emoji.txt", repeated("\u{1F600}\u{1F44D}\u{1F3FD}", size)),
        ("combining.txt", format!("a{}", repeated("\u{301}", size))),
        (
            "rtl.txt",
            repeated(
                "\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{645}\u{631}\u{62d}\u{628}\u{627} 12 ",
                size,
            ),
        ),
        ("lines.txt", format!("x{}", repeated("\n", size))),
        ("crs.txt", format!("x{}", repeated("\r", size))),
    ];
    for (name, text) in &cases {
        std::fs::write(dir.join(name), text).unwrap();
        let run = factlint_bounded(&dir, &["check", "--format", "json", name], HANG_SECS);
        no_panic(&run);
        assert!(run.code == 0 || run.code == 1, "{name}: {}", run.stderr);
        let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(report["summary"]["articles"], 1, "{name}");
    }
    // A line of dated sentences yields a claim in each.
    let run = factlint_bounded(&dir, &["claims", "sentences.txt"], HANG_SECS);
    assert!(
        run.stdout.lines().count() > size / 70,
        "{}",
        run.stdout.lines().count()
    );
}

/// The report formats of `check`.
const FORMATS: [&str; 6] = ["text", "json", "sarif", "github", "markdown", "html"];

/// Issue 17: one long line with a conflict every few words. Markdown quoted the whole line
/// for every evidence span (128 KiB gave 1 GB), the text report handed the whole line to
/// its renderer for every span (quadratic), and the HTML timeline stacked every mark of a
/// day in its own lane (quadratic). Every format now quotes a window around a span, so a
/// report stays a bounded size per conflict. (The 4 MiB line at the size limit, with its
/// time and memory, is in `benches/hostile.sh`; this one is smaller for debug builds.)
#[test]
fn a_long_line_full_of_conflicts_gives_a_small_report_in_every_format() {
    let dir = temp_dir("hostile-long-line");
    std::fs::write(dir.join("w.txt"), wrong_weekdays(1 << 20)).unwrap();
    let json = factlint_bounded(&dir, &["check", "--format", "json", "w.txt"], HANG_SECS);
    no_panic(&json);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let conflicts = report["conflicts"].as_array().unwrap().len();
    assert!(conflicts > 50_000, "{conflicts}");
    for format in FORMATS {
        let run = factlint_bounded(&dir, &["check", "--format", format, "w.txt"], HANG_SECS);
        no_panic(&run);
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        let bound = 64 * 1024 + 2 * 1024 * conflicts;
        assert!(
            run.stdout.len() <= bound,
            "{format}: {} bytes for {conflicts} conflicts",
            run.stdout.len()
        );
    }
}

/// Issue 17: the reports for people list at most 20 evidence spans a conflict and count the
/// rest; JSON and SARIF (up to 1,000 related locations) list them all.
#[test]
fn reports_for_people_list_twenty_evidence_spans_and_count_the_rest() {
    let dir = temp_dir("hostile-many-spans");
    let dates: Vec<String> = (1..=28)
        .map(|d| format!("Menteri itu telah berkunjung pada {d} Mei 2023."))
        .collect();
    let text = format!("DECEMBER 9, 2022\n\n{}\n", dates.join(" "));
    std::fs::write(dir.join("a.txt"), text).unwrap();
    let json = factlint_bounded(&dir, &["check", "--format", "json", "a.txt"], HANG_SECS);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let most = report["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["evidence"].as_array().unwrap().len())
        .max()
        .unwrap();
    assert!(most >= 28, "{most}");
    let sarif = factlint_bounded(&dir, &["check", "--format", "sarif", "a.txt"], HANG_SECS);
    let sarif: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    let locations = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["relatedLocations"].as_array().unwrap().len())
        .max()
        .unwrap();
    assert_eq!(locations, most);
    let more = format!("and {} more evidence spans", most - 20);
    for format in ["text", "github", "markdown", "html"] {
        let run = factlint_bounded(&dir, &["check", "--format", format, "a.txt"], HANG_SECS);
        no_panic(&run);
        assert!(run.stdout.contains(&more), "{format}: {}", run.stdout);
    }
}

/// Issue 17: GitHub code scanning rejects a SARIF upload with more than 1,000 related
/// locations in a result or 25,000 results in a run. A conflict with 1,201 spans keeps the
/// first 1,000 as related locations (one location) and says in its message how many were
/// left out; a run of 26,000 conflicts keeps 25,000 results and counts the rest.
#[test]
fn sarif_stays_within_githubs_upload_limits() {
    let dir = temp_dir("hostile-sarif-limits");
    let dates: Vec<String> = (0..1200)
        .map(|d| format!("Menteri itu telah berkunjung pada {} Mei 2023.", d % 28 + 1))
        .collect();
    let text = format!("DECEMBER 9, 2022\n\n{}\n", dates.join(" "));
    std::fs::write(dir.join("spans.txt"), text).unwrap();
    std::fs::write(dir.join("many.txt"), wrong_weekdays(26_000 * 19)).unwrap();

    let sarif = factlint_bounded(
        &dir,
        &["check", "--format", "sarif", "spans.txt"],
        HANG_SECS,
    );
    no_panic(&sarif);
    let log: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let cut: Vec<_> = results
        .iter()
        .filter(|r| r["relatedLocations"].as_array().unwrap().len() == 1000)
        .collect();
    assert!(!cut.is_empty(), "{}", sarif.stdout);
    for r in results {
        assert_eq!(r["locations"].as_array().unwrap().len(), 1);
        assert!(r["relatedLocations"].as_array().unwrap().len() <= 1000);
        assert!(r["message"]["text"].as_str().unwrap().chars().count() <= 1200);
    }
    assert!(
        cut[0]["message"]["text"]
            .as_str()
            .unwrap()
            .contains("(1201 evidence spans: the first 1000 are its related locations, 201 more are left out; all of them in --format json)"),
        "{}",
        cut[0]["message"]
    );

    let json = factlint_bounded(&dir, &["check", "--format", "json", "many.txt"], HANG_SECS);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let conflicts = report["conflicts"].as_array().unwrap().len();
    assert!(conflicts > 25_000, "{conflicts}");
    let sarif = factlint_bounded(&dir, &["check", "--format", "sarif", "many.txt"], HANG_SECS);
    no_panic(&sarif);
    assert_eq!(sarif.code, 1);
    let log: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    let run = &log["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 25_000);
    assert_eq!(run["properties"]["conflicts"], conflicts);
    assert_eq!(run["properties"]["omittedResults"], conflicts - 25_000);
    // The first results of the report are kept, in its order.
    assert_eq!(
        run["results"][0]["partialFingerprints"]["factlint/v1"],
        report["conflicts"][0]["fingerprint"]
    );
}

/// Issue 17: YAML nested a million deep (flow sequences, flow maps, compact block
/// sequences) in front matter, a rule file, `--config` and a discovered `factlint.yaml` is
/// refused before any parser reads it, naming the file and line. serde_yaml took time
/// quadratic in the depth to refuse it (front matter `[[[...]]]` 100,000 deep: 29 s), or
/// accepted it (nested maps under a key the front matter ignores: 55 s).
#[test]
fn yaml_nested_a_million_deep_is_refused_naming_file_and_line() {
    let dir = temp_dir("hostile-deep-yaml");
    let n = 1_000_000;
    let seq = format!("{}{}", "[".repeat(n), "]".repeat(n));
    let maps = format!("{}1{}", "{a: ".repeat(n / 2), "}".repeat(n / 2));
    let compact = format!("\n{}1", "- ".repeat(n));
    let body = "\n---\nPresiden Joko Widodo bertemu 12 menteri pada Senin (3/6/2024).\n";
    let reason = "refused: nested too deep (more than 64 levels)";
    for (name, value) in [
        ("seq.txt", &seq),
        ("maps.txt", &maps),
        ("compact.txt", &compact),
    ] {
        let text = format!("---\ntitle: Judul\npublished: 2024-06-03\nextra: {value}{body}");
        std::fs::write(dir.join(name), text).unwrap();
        let run = factlint_bounded(&dir, &["check", name], HANG_SECS);
        let line = if name == "compact.txt" { 5 } else { 4 };
        assert_refused(&run, name, &format!("line {line}: front matter: {reason}"));
    }
    std::fs::write(dir.join("ok.txt"), "Isi berita pada Senin (3/6/2024).\n").unwrap();
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    let rule = format!("# a rule file\nsettings: {seq}\n");
    std::fs::write(dir.join("rules/deep.yaml"), rule).unwrap();
    let run = factlint_bounded(&dir, &["--rules", "rules", "check", "ok.txt"], HANG_SECS);
    assert_refused(&run, &format!("rules/deep.yaml:2: {reason}"), reason);
    let config = format!("format: text\nextra: {maps}\n");
    std::fs::write(dir.join("deep.yaml"), &config).unwrap();
    let run = factlint_bounded(
        &dir,
        &["--config", "deep.yaml", "check", "ok.txt"],
        HANG_SECS,
    );
    assert_refused(&run, &format!("deep.yaml:2: {reason}"), reason);
    // Found by discovery in the folder factlint runs in.
    std::fs::write(dir.join("factlint.yaml"), &config).unwrap();
    let run = factlint_bounded(&dir, &["check", "ok.txt"], HANG_SECS);
    assert_refused(&run, &format!("factlint.yaml:2: {reason}"), reason);
}

/// Issue 17: `--against X.db` that is not an SQLite index (a Git LFS pointer, a download cut
/// short) was read as an article and the gate passed with nothing to compare. It is refused
/// naming the file.
#[test]
fn against_a_file_named_as_an_index_that_is_not_one_is_refused() {
    let dir = temp_dir("hostile-not-an-index");
    std::fs::write(dir.join("new.txt"), "Isi berita pada Senin (3/6/2024).\n").unwrap();
    let pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 123\n";
    std::fs::write(dir.join("lfs.db"), pointer).unwrap();
    std::fs::write(dir.join("notes.sqlite"), "Isi berita lain.\n").unwrap();
    let run = factlint_bounded(&dir, &["lint", "new.txt", "--against", "lfs.db"], HANG_SECS);
    assert_refused(&run, "lfs.db", "a Git LFS pointer, not an archive index");
    let args = ["lint", "new.txt", "--against", "notes.sqlite"];
    let run = factlint_bounded(&dir, &args, HANG_SECS);
    assert_refused(
        &run,
        "notes.sqlite",
        "not an SQLite file, so not an archive index",
    );
    // An index cut short: SQLite's header, then nothing.
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let full = dir.join("full.db");
    let run = factlint_bounded(
        &dir,
        &["index", seeds.to_str().unwrap(), "--db", "full.db"],
        HANG_SECS,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(&full).unwrap();
    std::fs::write(dir.join("cut.db"), &bytes[..bytes.len().min(8192)]).unwrap();
    let run = factlint_bounded(&dir, &["lint", "new.txt", "--against", "cut.db"], HANG_SECS);
    assert_refused(&run, "cut.db", "archive index");
}

/// The lines of `dir/name` for a killed-run test: a few hundred copies of the seeds.
fn archive_of_copies(dir: &Path, copies: usize) -> PathBuf {
    let archive = dir.join("archive");
    std::fs::create_dir_all(&archive).unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let texts: Vec<String> = names_in(&seeds)
        .into_iter()
        .filter(|n| n.ends_with(".txt"))
        .map(|n| std::fs::read_to_string(seeds.join(n)).unwrap())
        .collect();
    for k in 0..copies {
        for (i, t) in texts.iter().enumerate() {
            std::fs::write(archive.join(format!("{k:04}_{i}.txt")), t).unwrap();
        }
    }
    archive
}

/// Issue 17: a first `index` run killed halfway left `F.db` with a hot journal and no
/// SQLite header, which every later run refused ("not an SQLite file ... refusing to
/// overwrite it"). A new index is now built in `F.db.building` and renamed into place: a
/// killed run leaves no `F.db`, and the next run builds it. A second run while one is
/// writing is refused.
#[test]
fn a_killed_first_index_run_leaves_no_half_index_and_the_next_run_builds_it() {
    use std::process::{Command, Stdio};
    let dir = temp_dir("hostile-killed-index");
    let archive = archive_of_copies(&dir, 400);
    let archive = archive.to_str().unwrap();
    let db = dir.join("a.db");
    let building = dir.join("a.db.building");
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["index", archive, "--db", "a.db"])
        .current_dir(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Killed once it has started writing (or, on a machine fast enough to finish first,
    // not at all: then the index is whole).
    let start = std::time::Instant::now();
    while !building.exists() && start.elapsed().as_secs() < HANG_SECS {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = child.kill();
    let _ = child.wait();
    let killed = building.exists();
    assert!(killed || db.exists());
    if killed {
        assert!(!db.exists(), "a killed first run left a.db");
    }
    let run = factlint_bounded(&dir, &["index", archive, "--db", "a.db"], HANG_SECS);
    no_panic(&run);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!building.exists());
    let new = format!("{archive}/0000_0.txt");
    let run = factlint_bounded(&dir, &["lint", &new, "--against", "a.db"], HANG_SECS);
    no_panic(&run);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);

    // A run that holds the building file's lock: a second run is refused.
    std::fs::write(dir.join("b.db.building"), b"half").unwrap();
    let held = std::fs::File::options()
        .write(true)
        .open(dir.join("b.db.building"))
        .unwrap();
    held.try_lock().unwrap();
    let run = factlint_bounded(&dir, &["index", archive, "--db", "b.db"], HANG_SECS);
    assert_refused(&run, "b.db", "another factlint index is writing b.db");
    assert!(!dir.join("b.db").exists());
    drop(held);
    // Released (its process killed): the next run starts again.
    let run = factlint_bounded(&dir, &["index", archive, "--db", "b.db"], HANG_SECS);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // An update while another update is writing is refused the same way (after SQLite's
    // five seconds of waiting).
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; DELETE FROM meta WHERE key = 'x';")
        .unwrap();
    let run = factlint_bounded(&dir, &["index", archive, "--db", "a.db"], HANG_SECS);
    assert_refused(&run, "a.db", "another factlint index is writing a.db");
    drop(conn);
}

/// Issue 17: an escape or a bell in a file name reached the terminal raw in the text
/// report's location lines, in error messages and in GitHub annotations.
#[test]
fn terminal_escapes_in_file_names_are_shown_escaped() {
    let dir = temp_dir("hostile-escapes");
    let name = "a\x1b[31m\x07.txt";
    std::fs::write(dir.join(name), "Kamis (3/6/2024) ada rapat.\n").unwrap();
    for format in ["text", "github", "markdown"] {
        let run = factlint_bounded(&dir, &["check", "--format", format, name], HANG_SECS);
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        assert!(
            !run.stdout.contains(['\x1b', '\x07']),
            "{format}: {:?}",
            run.stdout
        );
    }
    let text = factlint_bounded(&dir, &["check", name], HANG_SECS);
    assert!(
        text.stdout.contains("--> a\u{241b}[31m\u{2407}.txt:1:1"),
        "{}",
        text.stdout
    );
    let bad = "b\x1b[2J.txt";
    std::fs::write(dir.join(bad), b"x\0").unwrap();
    let run = factlint_bounded(&dir, &["check", bad], HANG_SECS);
    assert_refused(&run, r"b\x1B[2J.txt", "binary file");
    assert!(!run.stderr.contains('\x1b'), "{:?}", run.stderr);
}

/// Issue 17: in the Markdown report (a PR comment), a line break in front matter's
/// `source:` split the table and started a heading, and `@editor` and `#123` from an
/// article pinged people and linked issues.
#[test]
fn markdown_fields_cannot_split_the_table_or_mention_people() {
    let dir = temp_dir("hostile-markdown");
    let article = "---\npublished: 2022-12-09\nsource: \"Herald\\n# Injected @editor #123\"\n\
                   ---\nMenteri itu telah berkunjung pada 3 Mei 2023, kata @editor di #123.\n";
    std::fs::write(dir.join("fm.md"), article).unwrap();
    let run = factlint_bounded(&dir, &["check", "--format", "markdown", "fm.md"], HANG_SECS);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let md = &run.stdout;
    assert!(!md.lines().any(|l| l.starts_with("# Injected")), "{md}");
    assert!(
        md.contains("| Herald # Injected @&#8203;editor #&#8203;123 |"),
        "{md}"
    );
    assert!(!md.contains("@editor") && !md.contains("#123"), "{md}");
}
