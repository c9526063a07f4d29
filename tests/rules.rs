//! Rule data: every file under `rules/` is embedded and parses; `--rules DIR` adds and
//! overrides; malformed rule files are errors naming the file and line; and Rust code
//! holds no word list of its own.

mod common;

use std::path::{Path, PathBuf};

use common::{factlint, temp_dir};
use factlint::rules::{Rules, Settings, BUILTIN_FILES};

fn files_under(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, root, out);
        } else {
            out.push(path.strip_prefix(root).unwrap().to_path_buf());
        }
    }
}

#[test]
fn every_rule_file_is_embedded_unchanged() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let mut on_disk = Vec::new();
    files_under(&root, &root, &mut on_disk);
    on_disk.sort();
    let mut embedded: Vec<PathBuf> = BUILTIN_FILES
        .iter()
        .map(|(p, _)| PathBuf::from(p))
        .collect();
    embedded.sort();
    assert_eq!(on_disk, embedded, "rules/ and src/rules/builtin.rs differ");
    for (rel, text) in BUILTIN_FILES {
        assert_eq!(
            std::fs::read_to_string(root.join(rel)).unwrap(),
            *text,
            "{rel}"
        );
    }
}

#[test]
fn builtin_rules_load_and_every_setting_is_set_in_settings_yaml() {
    let rules = Rules::builtin().expect("built-in rules load");
    // `Settings::default()` reads rules/settings.yaml and panics when it lacks a setting of
    // the table: every default is written there, and only there.
    assert_eq!(rules.settings, Settings::default());
    let yaml: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string("rules/settings.yaml").unwrap()).unwrap();
    let written: Vec<&str> = yaml["settings"]
        .as_mapping()
        .unwrap()
        .keys()
        .map(|k| k.as_str().unwrap())
        .collect();
    let table: Vec<&str> = factlint::rules::SETTINGS.iter().map(|s| s.0).collect();
    assert_eq!(
        written, table,
        "rules/settings.yaml and the settings table differ"
    );
    assert_eq!(
        rules.files,
        [
            "rules/settings.yaml",
            "rules/id/dates.yaml",
            "rules/en/dates.yaml",
            "rules/id/entities.yaml",
            "rules/en/entities.yaml",
            "rules/id/numbers.yaml",
            "rules/en/numbers.yaml",
            "rules/id/events.yaml",
            "rules/en/events.yaml",
            "rules/aliases.yaml"
        ]
    );
}

/// Month and weekday names, titles, institution words and known names live in rules/
/// only: no Rust source quotes one.
#[test]
fn no_rule_word_is_hard_coded_in_rust() {
    let mut words = Vec::new();
    for (_, text) in BUILTIN_FILES {
        let doc: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
        for (section, key) in [
            ("months", "names"),
            ("weekdays", "names"),
            ("titles", "forms"),
            ("institutions", "forms"),
            ("aliases", "forms"),
        ] {
            for entry in doc[section].as_sequence().into_iter().flatten() {
                for w in entry[key].as_sequence().into_iter().flatten() {
                    words.push(w.as_str().unwrap().to_lowercase());
                }
            }
        }
    }
    assert!(
        words.len() > 30,
        "expected month and weekday names, got {words:?}"
    );
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    files_under(&src, &src, &mut files);
    for rel in files {
        let code = std::fs::read_to_string(src.join(&rel))
            .unwrap()
            .to_lowercase();
        // Doc comments may quote examples; string literals may not hold the words.
        let code: String = code
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for w in &words {
            assert!(
                !code.contains(&format!("\"{w}\"")),
                "src/{} quotes {w:?}",
                rel.display()
            );
        }
    }
}

fn rule_dir(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = temp_dir(name);
    for (rel, text) in files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn assert_rule_error(files: &[(&str, &str)], expect: &str) {
    let dir = rule_dir("bad_rules", files);
    let run = factlint(&["--rules", dir.to_str().unwrap(), "check", "seeds"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(expect),
        "expected {expect:?} in {}",
        run.stderr
    );
}

#[test]
fn malformed_rule_files_name_file_and_line() {
    assert_rule_error(
        &[("x.yaml", "months:\n  - { month: 1, names: [jan\n")],
        "x.yaml:3: ",
    );
    assert_rule_error(
        &[("x.yaml", "language: id\njanuari: 1\n")],
        "x.yaml:2: unknown field `januari`",
    );
    assert_rule_error(
        &[("x.yaml", "months:\n  - month: 13\n    names: [trece]\n")],
        "x.yaml:2: months[0]: 13 is out of range 1..=12",
    );
    assert_rule_error(
        &[("x.yaml", "weekdays:\n  - weekday: funday\n    names: [x]\n")],
        "x.yaml:2: weekdays[0].weekday: unknown variant `funday`",
    );
    assert_rule_error(
        &[("x.yaml", "severities:\n  dateline: fatal\n")],
        "unknown variant `fatal`",
    );
    assert_rule_error(
        &[("x.yaml", "# kinds\nseverities:\n  datelines: info\n")],
        "x.yaml:3: unknown conflict kind 'datelines'",
    );
    assert_rule_error(
        &[("x.yaml", "year_cues: [pada, '  ']\n")],
        "x.yaml:1: year_cues: empty word or phrase",
    );
    assert_rule_error(
        &[(
            "x.yaml",
            "months:\n  - { month: 1, names: [jan] }\n  - { month: 2, names: [jan] }\n",
        )],
        "x.yaml:3: 'jan' is listed twice in months",
    );
    // Found by tests/properties.rs: a phrase written with more spaces than its normalised
    // form still has its line.
    assert_rule_error(
        &[(
            "x.yaml",
            "months:\n  - { month: 1, names: [  spaced   out ] }\n  - { month: 2, names: [spaced   out] }\n",
        )],
        "x.yaml:3: 'spaced out' is listed twice in months",
    );
    assert_rule_error(
        &[(
            "x.yaml",
            b"months: [\xff]\n"
                .iter()
                .map(|&b| b as char)
                .collect::<String>()
                .as_str(),
        )],
        "x.yaml",
    );
    let empty = temp_dir("no_rules");
    let run = factlint(&["--rules", empty.to_str().unwrap(), "check", "seeds"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no rule files"), "{}", run.stderr);
    let run = factlint(&["--rules", "does/not/exist", "check", "seeds"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("does/not/exist: no such file or directory"),
        "{}",
        run.stderr
    );
}

/// A rule file that adds the Javanese name of Thursday.
const JAVANESE_THURSDAY: (&str, &str) = (
    "jv/dates.yaml",
    "language: jv\nweekdays:\n  - { weekday: thursday, names: [kemis] }\n",
);

/// An article in a new folder that writes "Kemis" (Javanese for Thursday) next to 5 March
/// 2024, a Tuesday: a weekday conflict once the rules know the word.
fn kemis_article(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    let path = dir.join("a.txt");
    std::fs::write(&path, "Judul\n\nBanjir surut pada Kemis, 5 Maret 2024.\n").unwrap();
    path
}

/// `factlint --rules RULES check --format json ARTICLE`.
fn check_json_with(rules: &Path, article: &Path) -> common::Run {
    factlint(&[
        "--rules",
        rules.to_str().unwrap(),
        "check",
        "--format",
        "json",
        article.to_str().unwrap(),
    ])
}

#[test]
fn rules_dir_adds_words_and_overrides_severities() {
    let article = kemis_article("jv_article");
    let article = article.to_str().unwrap();
    let without = factlint(&["check", "--format", "json", article]);
    assert_eq!(without.code, 0, "{}", without.stdout);

    let rules = rule_dir("jv_rules", &[JAVANESE_THURSDAY]);
    let with = check_json_with(&rules, Path::new(article));
    assert_eq!(with.code, 1, "{}", with.stderr);
    assert!(
        with.stdout.contains("\"kind\": \"weekday\""),
        "{}",
        with.stdout
    );

    // A later file overrides the severity; a file with a built-in's path replaces it.
    let rules = rule_dir(
        "override_rules",
        &[
            (
                "jv/dates.yaml",
                "weekdays:\n  - { weekday: thursday, names: [kemis] }\n",
            ),
            ("settings.yaml", "severities:\n  weekday: info\n"),
        ],
    );
    let run = factlint(&[
        "--rules",
        rules.to_str().unwrap(),
        "check",
        "--format",
        "json",
        article,
    ]);
    assert!(
        run.stdout.contains("\"severity\": \"info\""),
        "{}",
        run.stdout
    );
    assert_eq!(run.code, 0, "info is below the default --fail-on warning");
    let kinds = factlint(&["--rules", rules.to_str().unwrap(), "kinds"]);
    assert!(
        kinds.stdout.contains("weekday      info"),
        "{}",
        kinds.stdout
    );
}

/// `numeric_date_order` is a rule setting: by default (`auto`) each language's
/// `numeric_dates` decides (day first in Indonesian; in English a date that reads both ways
/// is not read, since US and British outlets differ), `dmy` and `mdy` hold everywhere.
#[test]
fn numeric_date_order_is_a_rule_setting() {
    let dir = temp_dir("mdy");
    std::fs::write(
        dir.join("a.txt"),
        "Judul\n\nThe vote was held on 4/3/2024 in the capital.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Judul\n\nPemungutan suara digelar pada 4/3/2024 di ibu kota.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("c.txt"),
        "Judul\n\nThe vote was held on 25/3/2024 in the capital.\n",
    )
    .unwrap();
    let path = |f: &str| dir.join(f).to_str().unwrap().to_string();
    let (a, b, c) = (path("a.txt"), path("b.txt"), path("c.txt"));
    // The date `factlint claims` reads in `article` with the rules of `rules`, if any.
    let read = |rules: Option<&std::path::Path>, article: &str| {
        let mut args = Vec::new();
        if let Some(dir) = rules {
            args.extend(["--rules", dir.to_str().unwrap()]);
        }
        args.extend(["claims", article]);
        let run = factlint(&args);
        run.stdout
            .lines()
            .filter(|l| l.contains("\"attribute\":\"date\""))
            .filter_map(|l| l.split("\"value\":\"").nth(1))
            .filter_map(|v| v.split('"').next())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(read(None, &a), Vec::<String>::new());
    assert_eq!(read(None, &b), ["2024-03-04"]);
    // Trap: an English date that reads one way only is read.
    assert_eq!(read(None, &c), ["2024-03-25"]);
    let dmy = rule_dir(
        "dmy_rules",
        &[("uk.yaml", "settings:\n  numeric_date_order: dmy\n")],
    );
    assert_eq!(read(Some(&dmy), &a), ["2024-03-04"]);
    let mdy = rule_dir(
        "mdy_rules",
        &[("us.yaml", "settings:\n  numeric_date_order: mdy\n")],
    );
    assert_eq!(read(Some(&mdy), &a), ["2024-04-03"]);
    assert_eq!(read(Some(&mdy), &b), ["2024-04-03"]);
}

/// The one walker (`src/walk.rs`) in a rule folder: a linked subfolder is read like any
/// other, and a `.yaml` that cannot be read (a broken link) is an error naming it.
#[cfg(unix)]
#[test]
fn rule_folders_follow_linked_subfolders_and_name_unreadable_files() {
    let article = kemis_article("linked_rules");
    let words = rule_dir("linked_rules_words", &[JAVANESE_THURSDAY]);
    let rules = rule_dir("linked_rules_top", &[]);
    std::os::unix::fs::symlink(words.join("jv"), rules.join("jv")).unwrap();
    let run = check_json_with(&rules, &article);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("\"kind\": \"weekday\""),
        "{}",
        run.stdout
    );

    std::os::unix::fs::symlink(rules.join("missing.yaml"), rules.join("broken.yaml")).unwrap();
    let run = factlint(&["--rules", rules.to_str().unwrap(), "check", "seeds"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("broken.yaml"), "{}", run.stderr);
}

/// What a title class means ("a rank", "held in retirement") is rule data, not a test of
/// its name in Rust: a new class means nothing until `title_rules` says so.
#[test]
fn rank_classes_are_rule_data() {
    let dir = temp_dir("rank_classes");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(
        &a,
        "Judul\n\nMenteri Perhubungan Sjafrin Halim tiba, Senin (3/2/2025).\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "Judul\n\nMenteri Perhubungan Kapitan Laut Sjafrin Halim (Purn.) tiba, Senin (3/2/2025).\n",
    )
    .unwrap();
    let title = (
        "xx/entities.yaml",
        "language: xx\ntitles:\n  - { title: Kapitan Laut, forms: [kapitan laut], class: sea-rank }\n",
    );
    let classes = |retired: &str| {
        (
            "yy/entities.yaml",
            format!(
                "language: yy\ntitle_rules:\n  incompatible_classes:\n    - [sea-rank, civilian-office]\n  rank_classes: [sea-rank]\n  retirement_classes: [{retired}]\n"
            ),
        )
    };
    let titles = |rules: &Path| {
        let run = check_json_with(rules, &dir);
        run.stdout.matches("\"kind\": \"title\"").count()
    };
    // A rank next to a civilian office is a title conflict...
    let (p, text) = classes("rank");
    let rules = rule_dir("rank_classes_rules", &[title, (p, &text)]);
    assert_eq!(titles(&rules), 1);
    // ...unless its class is held in retirement and "Purn." is near.
    let (p, text) = classes("sea-rank");
    let rules = rule_dir("rank_classes_retired", &[title, (p, &text)]);
    assert_eq!(titles(&rules), 0);
}
