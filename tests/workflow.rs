//! The editor and CI workflows: `lint` against an archive, baselines, review files,
//! `factlint.yaml`, and atomic output files.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{factlint, factlint_in, quotes, temp_dir};
use serde_json::Value;

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

fn fingerprints(doc: &Value) -> BTreeSet<String> {
    doc["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["fingerprint"].as_str().unwrap().to_string())
        .collect()
}

fn seeds() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
        .unwrap()
        .map(|e| format!("seeds/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    v.sort();
    v
}

/// A copy of the seeds in a temporary folder.
fn seed_copy(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    std::fs::create_dir(dir.join("seeds")).unwrap();
    for s in seeds() {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(&s);
        std::fs::copy(from, dir.join(&s)).unwrap();
    }
    dir
}

#[test]
fn lint_one_seed_against_the_others_gives_the_check_conflicts_involving_it() {
    let check = factlint(&["check", "seeds", "--format", "json", "--fail-on", "never"]);
    let all = json(&check.stdout);
    let mut non_empty = 0;
    for seed in seeds() {
        let others: Vec<String> = seeds().into_iter().filter(|s| *s != seed).collect();
        let mut args = vec!["lint", seed.as_str(), "--format", "json", "--against"];
        args.extend(others.iter().map(String::as_str));
        let run = factlint(&args);
        let lint = json(&run.stdout);
        let expected: BTreeSet<String> = all["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| quotes(c, seed.as_str()) && !sides_with_majority(c, &[seed.as_str()]))
            .map(|c| c["fingerprint"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(fingerprints(&lint), expected, "lint {seed}");
        // Exit codes as for check: 1 with a warning or worse, else 0.
        assert_eq!(run.code, i32::from(!expected.is_empty()), "lint {seed}");
        // Each message names the archive articles the new one contradicts.
        for c in lint["conflicts"].as_array().unwrap() {
            let archive: Vec<&str> = c["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["path"].as_str().unwrap())
                .filter(|p| *p != seed)
                .collect();
            for a in archive {
                assert!(c["message"].as_str().unwrap().contains(a), "{c}");
            }
        }
        non_empty += usize::from(!expected.is_empty());
    }
    assert!(non_empty >= 3, "the seeds have conflicts to lint");
}

/// Whether the `new` articles in the JSON conflict `c` write one value, more articles write
/// it than any other, and only other articles write the other values (the rule by which
/// `lint` leaves a conflict to the archive).
fn sides_with_majority(c: &Value, new: &[&str]) -> bool {
    if c["kind"] == "count-update" {
        return false;
    }
    let mut writers: std::collections::BTreeMap<&str, BTreeSet<&str>> = Default::default();
    let mut new_values = BTreeSet::new();
    for e in c["evidence"].as_array().unwrap() {
        let (value, path) = (e["value"].as_str().unwrap(), e["path"].as_str().unwrap());
        writers.entry(value).or_default().insert(path);
        if new.contains(&path) {
            new_values.insert(value);
        }
    }
    if new_values.len() != 1 || writers.len() < 2 {
        return false;
    }
    let value = new_values.first().unwrap();
    let most = writers[value].len();
    writers.iter().all(|(v, w)| v == value || w.len() < most)
}

/// One flood, reported by archive articles and a new one; `official` is how each archive
/// article writes the official's name, `name` how the new article does.
fn flood_archive(dir: &Path, name: &str, official: &[&str]) {
    std::fs::create_dir_all(dir.join("archive")).unwrap();
    let article = |outlet: &str, day: u32, name: &str| {
        format!(
            "---\npublished: 2025-06-{day}\noutlet: {outlet}\n---\n\
             Banjir Rendam Desa Lembah Hijau\n\n\
             Banjir merendam Desa Lembah Hijau di Kabupaten Sorawangi pada Selasa (10/6/2025) \
             malam. Kepala BPBD Kabupaten Sorawangi, {name}, mengatakan warga mengungsi ke \
             balai desa. {name} menyebut air mulai surut.\n"
        )
    };
    let write = |p: &str, text: String| std::fs::write(dir.join(p), text).unwrap();
    for (i, official) in official.iter().enumerate() {
        let outlet = format!("Kabar {}", i + 1);
        write(&format!("archive/{i}.txt"), article(&outlet, 11, official));
    }
    write("new.txt", article("Berita Tiga", 12, name));
}

#[test]
fn lint_leaves_the_archive_its_own_misspelling_when_the_new_article_sides_with_the_majority() {
    let spellings = |dir: &Path| {
        let run = factlint_in(
            dir,
            &[
                "lint",
                "new.txt",
                "--against",
                "archive",
                "--format",
                "json",
            ],
        );
        let doc = json(&run.stdout);
        let kinds: Vec<String> = doc["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["kind"].as_str().unwrap().to_string())
            .collect();
        (kinds, run.code)
    };
    // The archive misspells the name once; the new article spells it as the other archive
    // article does: nothing for the new article to fix.
    let dir = temp_dir("lint-majority");
    flood_archive(
        &dir,
        "Rahmat Hidayatullah",
        &["Rahmat Hidayatullah", "Rahmat Hidayatulah"],
    );
    assert_eq!(spellings(&dir), (vec![], 0));
    // `check` of the whole still reports the archive's misspelling.
    let run = factlint_in(&dir, &["check", ".", "--format", "json"]);
    let check = json(&run.stdout);
    assert_eq!(
        check["conflicts"].as_array().unwrap().len(),
        1,
        "{}",
        run.stdout
    );
    assert_eq!(check["conflicts"][0]["kind"], "spelling");
    // Controls: the new article writes the minority form, or the two forms are one
    // article's against the archive's one (the new article may be the one that is wrong).
    let dir = temp_dir("lint-minority");
    flood_archive(
        &dir,
        "Rahmat Hidayatulah",
        &["Rahmat Hidayatullah", "Rahmat Hidayatullah"],
    );
    assert_eq!(spellings(&dir), (vec!["spelling".to_string()], 1));
    let dir = temp_dir("lint-tie");
    flood_archive(&dir, "Rahmat Hidayatulah", &["Rahmat Hidayatullah"]);
    assert_eq!(spellings(&dir), (vec!["spelling".to_string()], 1));
}

#[test]
fn baseline_round_trip_reports_only_the_new_conflict() {
    let dir = seed_copy("baseline");
    let run = factlint_in(&dir, &["baseline", "seeds", "-o", "factlint-baseline.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "recorded 3 conflicts in factlint-baseline.json\n"
    );
    let base = json(&std::fs::read_to_string(dir.join("factlint-baseline.json")).unwrap());
    assert_eq!(base["conflicts"].as_array().unwrap().len(), 3);

    // Nothing new yet: nothing reported, exit 0, the baseline counted in the summary.
    let run = factlint_in(
        &dir,
        &["check", "seeds", "--baseline", "factlint-baseline.json"],
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains("0 conflicts") && run.stdout.contains("3 in the baseline"),
        "{}",
        run.stdout
    );

    // Lines move (two paragraphs added at the top of a body) and a weekday is made wrong.
    let path = dir.join("seeds/004_168531b99f2d6a35.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let (head, body) = text.split_once("\n\n").unwrap();
    let edited = format!("{head}\n\nCatatan redaksi.\n\nCatatan kedua.\n\n{body}");
    std::fs::write(&path, edited).unwrap();
    let moved = factlint_in(
        &dir,
        &["check", "seeds", "--baseline", "factlint-baseline.json"],
    );
    assert_eq!(
        moved.code, 0,
        "moved lines keep fingerprints: {}",
        moved.stdout
    );

    let path = dir.join("seeds/001_6db2bac23f7c9ead.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        format!("{text}\nRapat itu digelar pada Selasa (14/10/2024).\n"),
    )
    .unwrap();
    let run = factlint_in(
        &dir,
        &[
            "check",
            "seeds",
            "--baseline",
            "factlint-baseline.json",
            "--format",
            "json",
        ],
    );
    let doc = json(&run.stdout);
    let conflicts = doc["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1, "{}", run.stdout);
    assert_eq!(conflicts[0]["kind"], "weekday");
    assert_eq!(run.code, 1);
}

#[test]
fn a_review_file_hides_marked_conflicts_and_lists_them() {
    let dir = seed_copy("review");
    let all = json(&factlint_in(&dir, &["check", "seeds", "--format", "json"]).stdout);
    let spelling = all["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "spelling")
        .unwrap()["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(
        dir.join("review.yaml"),
        format!("reviews:\n  - fingerprint: {spelling}\n    status: accepted\n    comment: corrected in print\n"),
    )
    .unwrap();
    let run = factlint_in(
        &dir,
        &[
            "check",
            "seeds",
            "--review",
            "review.yaml",
            "--format",
            "json",
        ],
    );
    let doc = json(&run.stdout);
    assert!(!fingerprints(&doc).contains(&spelling));
    assert_eq!(fingerprints(&doc).len(), 2);
    let reviewed = doc["reviewed"].as_array().unwrap();
    assert_eq!(reviewed.len(), 1);
    assert_eq!(reviewed[0]["status"], "accepted");
    assert_eq!(reviewed[0]["comment"], "corrected in print");
    let text = factlint_in(&dir, &["check", "seeds", "--review", "review.yaml"]).stdout;
    assert!(text.contains("1 reviewed"), "{text}");
    assert!(text.contains(&format!("reviewed: {spelling}")), "{text}");

    // A bad status names the file and line.
    std::fs::write(
        dir.join("bad.yaml"),
        format!("reviews:\n  - fingerprint: {spelling}\n    status: maybe\n"),
    )
    .unwrap();
    let run = factlint_in(&dir, &["check", "seeds", "--review", "bad.yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("factlint: bad.yaml:3: "),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn the_nearest_config_file_sets_defaults_and_flags_win() {
    let dir = seed_copy("config");
    std::fs::write(
        dir.join("seeds/README.md"),
        "# Seeds\n\nDitulis pada Kamis, 5 Maret 2024.\n",
    )
    .unwrap();
    // Without a configuration the README is read as an article.
    let plain = factlint_in(&dir, &["check", "seeds", "--format", "json"]);
    assert_eq!(json(&plain.stdout)["articles"].as_array().unwrap().len(), 6);
    std::fs::write(
        dir.join("factlint.yaml"),
        "format: json\nfail-on: error\nignore: [\"**/README.md\"]\nseverity: { spelling: off, title: info }\n",
    )
    .unwrap();
    let sub = dir.join("seeds");
    let run = factlint_in(&sub, &["check", "."]);
    let doc = json(&run.stdout);
    assert_eq!(
        doc["articles"].as_array().unwrap().len(),
        5,
        "README ignored"
    );
    let kinds: Vec<&str> = doc["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.len(), 2, "{kinds:?}");
    assert!(!kinds.contains(&"spelling"));
    let title = doc["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "title")
        .unwrap();
    assert_eq!(title["severity"], "info");
    // fail-on: error, and the dateline conflict is an error.
    assert_eq!(run.code, 1);
    // Flags win over the file.
    let run = factlint_in(
        &sub,
        &["check", ".", "--format", "text", "--fail-on", "never"],
    );
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("5 articles"), "{}", run.stdout);
    // `kinds` shows the configured severities.
    let kinds = factlint_in(&sub, &["kinds"]).stdout;
    assert!(
        kinds
            .lines()
            .any(|l| l.starts_with("spelling") && l.contains(" off ")),
        "{kinds}"
    );
    // Rule folders named in the file are read, relative to it.
    std::fs::create_dir(dir.join("extra")).unwrap();
    std::fs::write(
        dir.join("extra/settings.yaml"),
        "severities: { weekday: error }\n",
    )
    .unwrap();
    let with_rules =
        std::fs::read_to_string(dir.join("factlint.yaml")).unwrap() + "rules: [extra]\n";
    std::fs::write(dir.join("factlint.yaml"), with_rules).unwrap();
    let kinds = factlint_in(&sub, &["kinds"]).stdout;
    assert!(
        kinds
            .lines()
            .any(|l| l.starts_with("weekday") && l.contains(" error ")),
        "{kinds}"
    );
    // An explicit --config is used instead of the nearest one.
    std::fs::write(dir.join("other.yaml"), "format: text\n").unwrap();
    let run = factlint_in(&sub, &["--config", "../other.yaml", "check", "."]);
    assert!(run.stdout.contains("6 articles"), "{}", run.stdout);
    // A bad configuration names the file and line, exit 2.
    std::fs::write(
        dir.join("factlint.yaml"),
        "format: json\nseverity: { speling: off }\n",
    )
    .unwrap();
    let run = factlint_in(&sub, &["check", "."]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("factlint.yaml:2: unknown conflict kind 'speling'"),
        "{}",
        run.stderr
    );
}

#[test]
fn output_files_are_written_whole_or_not_at_all() {
    let dir = seed_copy("output");
    let run = factlint_in(
        &dir,
        &["check", "seeds", "--format", "json", "-o", "report.json"],
    );
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    let first = std::fs::read_to_string(dir.join("report.json")).unwrap();
    assert_eq!(json(&first)["conflicts"].as_array().unwrap().len(), 3);
    // A failing run (an empty article) leaves the report as it was.
    std::fs::write(dir.join("seeds/empty.txt"), "").unwrap();
    let run = factlint_in(
        &dir,
        &["check", "seeds", "--format", "json", "-o", "report.json"],
    );
    assert_eq!(run.code, 2);
    assert_eq!(
        std::fs::read_to_string(dir.join("report.json")).unwrap(),
        first
    );
    std::fs::remove_file(dir.join("seeds/empty.txt")).unwrap();
    // An output folder that does not exist: exit 2, the file named, nothing written.
    let run = factlint_in(&dir, &["baseline", "seeds", "-o", "missing/base.json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("missing/base.json"), "{}", run.stderr);
    assert!(!dir.join("missing").exists());
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".factlint-")
        })
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn explain_says_how_to_silence_a_kind() {
    let run = factlint(&["explain", "spelling"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("severity: { spelling: off }"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("--review FILE") && run.stdout.contains("--baseline"));
}

/// Stories in `check` and `lint`: the articles of one real story are one story, the
/// conflicts name it, and `lint` lists the new article's story among the articles it
/// quotes (grouped again among them, so an index and a folder give the same).
#[test]
fn check_and_lint_name_the_story_of_each_conflict() {
    // Real Kompas.com articles of four stories (provenance: `common::kompas`).
    let root = std::path::PathBuf::from(common::kompas());
    let stories_dirs: Vec<std::path::PathBuf> = {
        let mut v: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect();
        v.sort();
        v
    };
    let root_s = root.to_string_lossy().to_string();
    let run = factlint(&["check", &root_s, "--format", "json", "--fail-on", "never"]);
    let doc = json(&run.stdout);
    let stories = doc["stories"].as_array().unwrap();
    // No story mixes articles of two folders (two real stories).
    for story in stories {
        let folders: BTreeSet<String> = story["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                let p = Path::new(a.as_str().unwrap());
                p.parent().unwrap().to_string_lossy().to_string()
            })
            .collect();
        assert_eq!(folders.len(), 1, "{story}");
    }
    // Every folder of three or more articles has a story of three or more.
    for dir in &stories_dirs {
        let d = dir.to_string_lossy().to_string();
        let biggest = stories
            .iter()
            .map(|s| {
                s["articles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|a| a.as_str().unwrap().starts_with(&d))
                    .count()
            })
            .max()
            .unwrap_or(0);
        assert!(biggest >= 3, "{d}: {biggest}");
    }
    let ids: BTreeSet<&str> = stories.iter().map(|s| s["id"].as_str().unwrap()).collect();
    for c in doc["conflicts"].as_array().unwrap() {
        let of = c["stories"].as_array().unwrap();
        assert!(!of.is_empty(), "{c}");
        assert!(of.iter().all(|s| ids.contains(s.as_str().unwrap())), "{c}");
    }
    // lint: the new article is in a listed story, and every conflict names one.
    let new = stories_dirs[0].join(
        std::fs::read_dir(&stories_dirs[0])
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .min()
            .unwrap(),
    );
    let new_s = new.to_string_lossy().to_string();
    let run = factlint(&["lint", &new_s, "--against", &root_s, "--format", "json"]);
    let lint = json(&run.stdout);
    let listed: Vec<&Value> = lint["stories"].as_array().unwrap().iter().collect();
    assert!(
        listed.iter().any(|s| s["articles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a.as_str() == Some(new_s.as_str()))),
        "{}",
        run.stdout
    );
    for c in lint["conflicts"].as_array().unwrap() {
        assert!(!c["stories"].as_array().unwrap().is_empty(), "{c}");
    }
}

/// A fingerprint names what disagrees, not who says it: a baselined conflict that gains a
/// witness stays baselined, one that gains a new disagreeing form is reported again.
#[test]
fn a_baselined_conflict_that_gains_a_witness_stays_baselined() {
    let dir = seed_copy("baseline-witness");
    let run = factlint_in(&dir, &["baseline", "seeds"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let check = || {
        factlint_in(
            &dir,
            &[
                "check",
                "seeds",
                "--baseline",
                "factlint-baseline.json",
                "--format",
                "json",
            ],
        )
    };
    // One more article writing a form already in the spelling conflict (and now the form
    // most articles write, so the conflict's subject changes too).
    std::fs::write(
        dir.join("seeds/zz_witness.txt"),
        "Profesor James Brown dari Universitas Temple mengatakan itu.\n",
    )
    .unwrap();
    let doc = json(&check().stdout);
    assert!(doc["conflicts"].as_array().unwrap().is_empty(), "{doc}");
    assert_eq!(doc["summary"]["baselined"], 3);
    // Trap: a new disagreeing form is a new disagreement.
    std::fs::write(
        dir.join("seeds/zz_new_form.txt"),
        "Profesor James Brown dari Universitas Tempel mengatakan itu.\n",
    )
    .unwrap();
    let doc = json(&check().stdout);
    let conflicts = doc["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1, "{doc}");
    assert_eq!(conflicts[0]["kind"], "spelling");
    assert_eq!(doc["summary"]["baselined"], 2);
}

/// A review entry that matches no conflict is said on stderr with its file and line
/// (`check` only: `lint` sees only the conflicts of the new articles).
#[test]
fn a_stale_review_entry_is_reported_as_a_note() {
    let dir = seed_copy("review-stale");
    std::fs::write(
        dir.join("review.yaml"),
        "reviews:\n  - fingerprint: 0123456789abcdef\n    status: accepted\n",
    )
    .unwrap();
    let run = factlint_in(&dir, &["check", "seeds", "--review", "review.yaml"]);
    assert!(
        run.stderr
            .contains("review.yaml:2: the review of 0123456789abcdef matches no conflict"),
        "{}",
        run.stderr
    );
    let run = factlint_in(
        &dir,
        &[
            "lint",
            "seeds/000_3cfe967ce4df2f5a.txt",
            "--against",
            "seeds",
            "--review",
            "review.yaml",
        ],
    );
    assert!(
        !run.stderr.contains("matches no conflict"),
        "{}",
        run.stderr
    );
}

/// Runs factlint in `dir` under `umask` (through `sh`, which sets it for the child).
#[cfg(unix)]
fn factlint_umask(dir: &Path, umask: &str, args: &[&str]) -> i32 {
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("run factlint");
    status.code().unwrap_or(-1)
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Issue 17: files factlint writes were all 0600 (the temporary file's mode), even when they
/// replaced a 0644 report. A new file follows the umask; a replaced one keeps its mode.
#[cfg(unix)]
#[test]
fn written_files_follow_the_umask_or_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = seed_copy("modes");
    let report = ["check", "seeds", "--format", "json", "-o", "report.json"];
    assert_eq!(factlint_umask(&dir, "022", &report), 1);
    assert_eq!(mode(&dir.join("report.json")), 0o644);
    assert_eq!(
        factlint_umask(&dir, "022", &["baseline", "seeds", "-o", "base.json"]),
        0
    );
    assert_eq!(mode(&dir.join("base.json")), 0o644);
    assert_eq!(
        factlint_umask(&dir, "022", &["index", "seeds", "--db", "archive.db"]),
        0
    );
    assert_eq!(mode(&dir.join("archive.db")), 0o644);
    let other = ["check", "seeds", "--format", "sarif", "-o", "other.sarif"];
    assert_eq!(factlint_umask(&dir, "027", &other), 1);
    assert_eq!(mode(&dir.join("other.sarif")), 0o640);
    // Replacing a file keeps its mode, whatever the umask.
    assert_eq!(factlint_umask(&dir, "077", &report), 1);
    assert_eq!(mode(&dir.join("report.json")), 0o644);
    std::fs::set_permissions(
        dir.join("base.json"),
        std::fs::Permissions::from_mode(0o664),
    )
    .unwrap();
    assert_eq!(
        factlint_umask(&dir, "077", &["baseline", "seeds", "-o", "base.json"]),
        0
    );
    assert_eq!(mode(&dir.join("base.json")), 0o664);
}

/// A report written with `-o` is the bytes printed without it, in every format (JSON and
/// SARIF are streamed into the file).
#[test]
fn a_report_file_holds_the_bytes_printed_on_stdout() {
    let dir = seed_copy("streamed");
    for format in ["text", "json", "sarif", "github", "markdown", "html"] {
        let printed = factlint_in(&dir, &["check", "seeds", "--format", format]);
        assert_eq!(printed.code, 1, "{format}");
        let file = format!("report.{format}");
        let run = factlint_in(&dir, &["check", "seeds", "--format", format, "-o", &file]);
        assert_eq!(run.code, 1, "{format}");
        assert_eq!(
            std::fs::read_to_string(dir.join(&file)).unwrap(),
            printed.stdout,
            "{format}"
        );
    }
}

/// Issue 17: with `-o` nothing was printed at the end. The summary line of the text report
/// now goes to stderr, as the only line there (no progress bar off a terminal); without
/// `-o`, stderr stays empty.
#[test]
fn a_report_written_to_a_file_ends_with_the_summary_on_stderr() {
    let dir = seed_copy("summary");
    let text = factlint_in(&dir, &["check", "seeds"]);
    assert_eq!(text.stderr, "");
    let summary = text.stdout.lines().last().unwrap().to_string();
    assert!(summary.starts_with("5 articles, "), "{summary}");
    for format in ["text", "json", "sarif", "github", "markdown", "html"] {
        let printed = factlint_in(&dir, &["check", "seeds", "--format", format]);
        assert_eq!(printed.stderr, "", "{format}");
        let run = factlint_in(&dir, &["check", "seeds", "--format", format, "-o", "out"]);
        assert_eq!(run.code, 1);
        assert_eq!(run.stdout, "");
        assert_eq!(
            run.stderr,
            format!("factlint: out: {summary}\n"),
            "{format}"
        );
    }
}
