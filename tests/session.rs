//! The library is the tool (issue 19): a [`Session`] gives the bytes and the exit code the
//! binary gives, on the seeds, the dev gold stories of `../shared/eval/dev`, a
//! `factlint.yaml` that turns kinds off (named with `--config` and found from the current
//! folder), a baseline, a review file, and `lint` against files and against an index.
//! Before the Session API, a configuration that turned every kind off made `factlint
//! check seeds` report 0 conflicts while `factlint::check` reported 3.

mod common;

use std::path::{Path, PathBuf};

use common::{factlint_in, shared, temp_dir};
use factlint::{ConfigSource, Format, Options, Outcome, Session, Style};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Options as the binary makes them from `--format json` run in `dir` (no `--config`).
fn json_in(dir: &Path) -> Options {
    Options {
        config: ConfigSource::Discover(dir.to_path_buf()),
        format: Some(Format::Json),
        ..Options::default()
    }
}

/// Asserts that the binary run in `dir` with `args` prints exactly what `outcome` renders,
/// and exits with its exit code; returns the parsed report.
fn assert_same(dir: &Path, args: &[&str], outcome: &Outcome) -> serde_json::Value {
    let run = factlint_in(dir, args);
    assert!(
        run.code == 0 || run.code == 1,
        "factlint {args:?} failed ({}): {}",
        run.code,
        run.stderr
    );
    let library = outcome.render(Style::default());
    assert!(
        library == run.stdout,
        "factlint {args:?}: the library's report differs from the binary's\n--- library\n{library}\n--- binary\n{}",
        run.stdout
    );
    assert_eq!(
        outcome.exit_code, run.code,
        "exit code of factlint {args:?}"
    );
    serde_json::from_str(&run.stdout).expect("a JSON report")
}

fn conflicts(report: &serde_json::Value) -> usize {
    report["conflicts"]
        .as_array()
        .expect("a conflicts list")
        .len()
}

/// `factlint check --format json PATH` from the crate's root, by the binary and by a session.
fn check_both(path: &str) -> serde_json::Value {
    let session = Session::new(json_in(root())).unwrap();
    let outcome = session.check(&[PathBuf::from(path)]).unwrap();
    assert_same(root(), &["check", "--format", "json", path], &outcome)
}

#[test]
fn the_seeds_give_the_same_json() {
    let report = check_both("seeds");
    assert!(conflicts(&report) > 0, "the seeds have conflicts");
}

/// The articles folder a gold file points at: its `articles:` (a path or a list of paths,
/// the first that exists), relative to the gold file's folder; as `score.py` reads it.
fn gold_articles(gold: &Path) -> PathBuf {
    let text = std::fs::read_to_string(gold).unwrap();
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let base = gold.parent().unwrap();
    let candidates: Vec<String> = match &yaml["articles"] {
        serde_yaml::Value::String(s) => vec![s.clone()],
        serde_yaml::Value::Sequence(list) => list
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        _ => return base.to_path_buf(),
    };
    candidates
        .iter()
        .map(|c| base.join(c))
        .find(|p| p.is_dir())
        .unwrap_or_else(|| {
            panic!(
                "{}: no articles folder among {candidates:?}",
                gold.display()
            )
        })
}

fn gold_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            gold_files(&path, out);
        } else if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n == "gold.yaml" || n.ends_with("-gold.yaml"))
        {
            out.push(path);
        }
    }
}

#[test]
fn every_dev_gold_story_gives_the_same_json() {
    let dev = root().join(shared("eval/dev"));
    let mut golds = Vec::new();
    gold_files(&dev, &mut golds);
    golds.sort();
    assert!(golds.len() >= 10, "the dev set has its gold files");
    let mut total = 0;
    for gold in golds {
        let articles = gold_articles(&gold);
        total += conflicts(&check_both(articles.to_str().unwrap()));
    }
    assert!(total > 0, "the dev stories have conflicts");
}

/// Every kind off; and a configuration that turns one kind off, lowers another and
/// raises the fail-on threshold.
const ALL_OFF: &str = "severity: { spelling: off, date: off, count: off, count-update: off, \
                       title: off, affiliation: off, dateline: off, weekday: off }\n";
const SOME_OFF: &str = "severity: { title: off, dateline: info }\nfail-on: error\n";

#[test]
fn a_config_that_turns_kinds_off_gives_the_same_json() {
    let dir = temp_dir("session-config");
    let seeds = root().join("seeds");
    let seeds = seeds.to_str().unwrap();
    for (name, yaml) in [("all-off", ALL_OFF), ("some-off", SOME_OFF)] {
        // Named with --config, from the crate's root.
        let file = dir.join(format!("{name}.yaml"));
        std::fs::write(&file, yaml).unwrap();
        let session = Session::new(Options {
            config: ConfigSource::File(file.clone()),
            ..json_in(root())
        })
        .unwrap();
        let outcome = session.check(&[PathBuf::from("seeds")]).unwrap();
        let args = ["check", "--config", file.to_str().unwrap()];
        let report = assert_same(
            root(),
            &[&args[..], &["--format", "json", "seeds"]].concat(),
            &outcome,
        );
        if name == "all-off" {
            assert_eq!(conflicts(&report), 0, "every kind is off");
        }

        // Found as factlint.yaml in the folder the binary runs in.
        let project = dir.join(name);
        std::fs::create_dir_all(&project).unwrap();
        std::fs::write(project.join("factlint.yaml"), yaml).unwrap();
        let session = Session::new(json_in(&project)).unwrap();
        let found = session.check(&[PathBuf::from(seeds)]).unwrap();
        assert_same(&project, &["check", "--format", "json", seeds], &found);
        assert_eq!(found.conflicts.len(), outcome.conflicts.len());
    }
    // The bare pipeline, without a configuration, still sees the seeds' conflicts.
    let rules = factlint::Rules::builtin().unwrap();
    let bare = factlint::check(&[root().join("seeds")], &rules, Default::default()).unwrap();
    assert!(!bare.conflicts.is_empty());
}

#[test]
fn a_baseline_and_a_review_give_the_same_json() {
    let dir = temp_dir("session-baseline");
    let baseline = dir.join("baseline.json");
    let recorded = factlint_in(
        root(),
        &["baseline", "seeds", "-o", baseline.to_str().unwrap()],
    );
    assert_eq!(recorded.code, 0, "{}", recorded.stderr);
    // The session records the same file.
    let session = Session::new(json_in(root())).unwrap();
    let ours = session
        .baseline_with(&[PathBuf::from("seeds")], &())
        .unwrap();
    assert_eq!(ours.json, std::fs::read_to_string(&baseline).unwrap());
    assert!(ours.conflicts > 0);

    // Everything in the baseline: nothing reported, every conflict baselined.
    let session = Session::new(Options {
        baseline: Some(baseline.clone()),
        ..json_in(root())
    })
    .unwrap();
    let outcome = session.check(&[PathBuf::from("seeds")]).unwrap();
    let args = ["check", "--format", "json", "--baseline"];
    let report = assert_same(
        root(),
        &[&args[..], &[baseline.to_str().unwrap(), "seeds"]].concat(),
        &outcome,
    );
    assert_eq!(conflicts(&report), 0);
    assert_eq!(outcome.baselined.len(), ours.conflicts);

    // A review that marks one conflict and one that matches none.
    let plain = Session::new(json_in(root()))
        .unwrap()
        .check(&[PathBuf::from("seeds")])
        .unwrap();
    let fingerprint = plain.conflicts[0].fingerprint(&plain.articles);
    let review = dir.join("review.yaml");
    std::fs::write(
        &review,
        format!(
            "reviews:\n  - fingerprint: {fingerprint}\n    status: not-a-conflict\n    \
             comment: two events\n  - fingerprint: 0000000000000000\n    status: accepted\n"
        ),
    )
    .unwrap();
    let session = Session::new(Options {
        review: Some(review.clone()),
        ..json_in(root())
    })
    .unwrap();
    let outcome = session.check(&[PathBuf::from("seeds")]).unwrap();
    let args = ["check", "--format", "json", "--review"];
    let args = [&args[..], &[review.to_str().unwrap(), "seeds"]].concat();
    let report = assert_same(root(), &args, &outcome);
    assert_eq!(conflicts(&report), plain.conflicts.len() - 1);
    assert_eq!(outcome.reviewed.len(), 1);
    // The stale entry is the note the binary prints.
    let stderr = factlint_in(root(), &args).stderr;
    assert_eq!(outcome.stale_reviews.len(), 1);
    assert_eq!(
        stderr,
        format!("factlint: note: {}\n", outcome.stale_reviews[0])
    );
}

#[test]
fn lint_against_files_and_against_an_index_gives_the_same_json() {
    let new = "seeds/000_3cfe967ce4df2f5a.txt";
    let session = Session::new(json_in(root())).unwrap();
    let outcome = session
        .lint(&[PathBuf::from(new)], &[PathBuf::from("seeds")])
        .unwrap();
    let report = assert_same(
        root(),
        &["lint", "--format", "json", new, "--against", "seeds"],
        &outcome,
    );
    assert!(conflicts(&report) > 0);

    let dir = temp_dir("session-index");
    let db = dir.join("seeds.db");
    session
        .index_with(&[PathBuf::from("seeds")], &db, &())
        .unwrap();
    let indexed = session
        .lint(&[PathBuf::from(new)], std::slice::from_ref(&db))
        .unwrap();
    assert_same(
        root(),
        &[
            "lint",
            "--format",
            "json",
            new,
            "--against",
            db.to_str().unwrap(),
        ],
        &indexed,
    );
    assert_eq!(
        indexed.render(Style::default()),
        outcome.render(Style::default())
    );
}

/// A date whose month is a slip, after the publication date: the `date` kind names the slip
/// and its likely correction, and the `dateline` conflict over the same span is not
/// reported again; the slip's report takes the dateline's severity. With `date` off, the
/// dateline conflict is reported as before.
#[test]
fn a_slipped_date_is_reported_once() {
    let dir = temp_dir("session-slip-once");
    for (i, day) in ["20/6/2025", "20/6/2025", "20/7/2025"].iter().enumerate() {
        std::fs::write(
            dir.join(format!("a{i}.txt")),
            format!(
                "---\npublished: 2025-06-20\n---\nKomisi Uji menggelar rapat dengar pendapat \
                 umum pada Jumat ({day}) di Gedung Nusantara, kata Ketua Komisi Uji \
                 Habibullah Rahmanto kepada wartawan.\n"
            ),
        )
        .unwrap();
    }
    let kinds = |outcome: &Outcome| -> Vec<(String, String)> {
        let report: serde_json::Value =
            serde_json::from_str(&outcome.render(Style::default())).unwrap();
        report["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
                (s("kind"), s("severity"))
            })
            .collect()
    };
    let session = Session::new(json_in(&dir)).unwrap();
    let found = kinds(&session.check(std::slice::from_ref(&dir)).unwrap());
    assert!(
        found.contains(&("date".into(), "error".into())),
        "{found:?}"
    );
    assert!(!found.iter().any(|(k, _)| k == "dateline"), "{found:?}");
    // With `date` off the dateline conflict stays.
    let off = dir.join("off.yaml");
    std::fs::write(&off, "severity: { date: off }\n").unwrap();
    let session = Session::new(Options {
        config: ConfigSource::File(off),
        ..json_in(&dir)
    })
    .unwrap();
    let found = kinds(&session.check(std::slice::from_ref(&dir)).unwrap());
    assert!(
        found.contains(&("dateline".into(), "error".into())),
        "{found:?}"
    );
}
