//! Inputs found or minimised by the cargo-fuzz targets under `fuzz/`, run through the same
//! path as their target, so a crash once fixed stays fixed. See `fuzz/README.md`.
//!
//! `tests/hostile/fuzz/<target>/` holds the inputs of each target. For `load` and `rules`
//! a file's name starts with the outcome it must have: `ok-` (every article loads; the
//! rules load) or `err-` (a clean error naming the file, no panic). The extractor targets
//! (`dates`, `numbers`, `names`) have no outcome beyond not panicking and giving token
//! ranges inside the text.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use factlint::article::Article;
use factlint::error::Error;
use factlint::extract::context::Sentences;
use factlint::extract::{dates, names, numbers};
use factlint::report::{self, Format, Report, Style};
use factlint::rules::{parse_file, NumericDates, Rules, BUILTIN_FILES};
use factlint::text::tokenize;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| Rules::builtin().expect("built-in rules"))
}

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    files
}

/// Whether `file`'s name says it must load (`ok-`) or fail cleanly (`err-`).
fn expect_ok(file: &Path) -> bool {
    let name = file.file_name().unwrap().to_string_lossy();
    if name.starts_with("ok-") {
        true
    } else if name.starts_with("err-") {
        false
    } else {
        panic!("{}: name must start with ok- or err-", file.display())
    }
}

/// Runs `check` on every input of `target`; lists every input that panicked or failed.
fn each(target: &str, check: impl Fn(&Path, &[u8]) -> Result<(), String>) {
    let mut failed = Vec::new();
    for file in inputs(target) {
        let bytes = std::fs::read(&file).unwrap();
        match catch_unwind(AssertUnwindSafe(|| check(&file, &bytes))) {
            Ok(Ok(())) => {}
            Ok(Err(why)) => failed.push(format!("{}: {why}", file.display())),
            Err(_) => failed.push(format!("{}: panicked", file.display())),
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// The `load` target: a 0xFF byte splits the input into two articles; each goes through
/// `text_from_bytes` and `Article::new`, those that load through the whole check and the
/// text and JSON reports.
#[test]
fn load_inputs() {
    each("load", |file, data| {
        let parts: Vec<&[u8]> = match data.iter().position(|&b| b == 0xFF) {
            Some(at) => vec![&data[..at], &data[at + 1..]],
            None => vec![data],
        };
        let mut articles = Vec::new();
        let mut errors = Vec::new();
        for (i, bytes) in parts.into_iter().enumerate() {
            let id = format!("fuzz/{i}.txt");
            let loaded = factlint::load::text_from_bytes(Path::new(&id), bytes.to_vec())
                .and_then(|text| Article::new(id.clone(), text, rules()));
            match loaded {
                Ok(a) => articles.push(a),
                Err(Error::Input { path, message }) if path == id && !message.is_empty() => {
                    errors.push(message)
                }
                Err(e) => return Err(format!("not a clean input error: {e:?}")),
            }
        }
        if !articles.is_empty() {
            let run = factlint::check_articles(articles, rules(), &|_, _| {});
            let report = Report::new(&run.articles, &run.claims, &run.conflicts);
            report::render(Format::Text, &report, Style::default());
            let json = report::render(Format::Json, &report, Style::default());
            serde_json::from_str::<serde_json::Value>(&json)
                .map_err(|e| format!("JSON report does not parse: {e}"))?;
        }
        match (expect_ok(file), errors.is_empty()) {
            (true, false) => Err(format!("expected to load, got {errors:?}")),
            (false, true) => Err("expected an error, every article loaded".into()),
            _ => Ok(()),
        }
    });
}

fn lossy(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

fn in_range(first: usize, last: usize, n: usize) -> Result<(), String> {
    if first <= last && last <= n {
        Ok(())
    } else {
        Err(format!("token range {first}..{last} outside 0..{n}"))
    }
}

#[test]
fn dates_inputs() {
    each("dates", |_, data| {
        let text = lossy(data);
        let tokens = tokenize(&text);
        let anchor = NaiveDate::from_ymd_opt(2025, 3, 15);
        let orders = [NumericDates::Dmy, NumericDates::Mdy, NumericDates::Either];
        let found = orders
            .into_iter()
            .flat_map(|order| dates::find_dates(&tokens, rules(), order));
        for f in found {
            in_range(f.first, f.last, tokens.len())?;
            for future in [false, true] {
                dates::resolve(&f.raw, anchor, future);
                dates::resolve(&f.raw, None, future);
            }
        }
        Ok(())
    });
}

#[test]
fn numbers_inputs() {
    each("numbers", |_, data| {
        let text = lossy(data);
        let tokens = tokenize(&text);
        let sentences = Sentences::new(&tokens, rules());
        let starts: Vec<bool> = (0..tokens.len()).map(|k| sentences.starts_at(k)).collect();
        let taken = vec![false; tokens.len()];
        for lang in std::iter::once(None).chain(rules().languages.values().map(Some)) {
            for c in numbers::find_counts(&tokens, &taken, &starts, rules(), lang) {
                in_range(c.first, c.last, tokens.len())?;
            }
        }
        Ok(())
    });
}

#[test]
fn names_inputs() {
    each("names", |_, data| {
        let text = lossy(data);
        let tokens = tokenize(&text);
        for m in names::find_entities(&tokens, &text, rules()).mentions {
            in_range(m.first, m.last, tokens.len())?;
        }
        Ok(())
    });
}

/// The `rules` target: the input is `fuzz.yaml` in a `--rules` folder, or replaces the
/// built-in file named on a first line `#> REL`; rules that load are used on two articles.
#[test]
fn rules_inputs() {
    let base = tempfile::tempdir().unwrap();
    each("rules", |file, data| {
        let text = std::str::from_utf8(data).ok();
        if let Some(text) = text {
            let _ = parse_file("fuzz.yaml", text);
        }
        let rel = text
            .and_then(|t| t.strip_prefix("#> "))
            .and_then(|rest| rest.lines().next())
            .map(str::trim)
            .filter(|rel| BUILTIN_FILES.iter().any(|(p, _)| p == rel))
            .unwrap_or("fuzz.yaml");
        let root = base.path().join(file.file_name().unwrap());
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, data).unwrap();
        match (expect_ok(file), Rules::load(&[root])) {
            (true, Ok(rules)) => {
                let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/weekday");
                let articles: Vec<Article> = ["planted_id.txt", "planted_en.md"]
                    .iter()
                    .filter_map(|name| {
                        let text = std::fs::read_to_string(fixtures.join(name)).unwrap();
                        Article::new(*name, text, &rules).ok()
                    })
                    .collect();
                factlint::check_articles(articles, &rules, &|_, _| {});
                Ok(())
            }
            (false, Err(Error::Rules { message, .. })) if !message.is_empty() => Ok(()),
            (_, got) => Err(format!("unexpected outcome: {:?}", got.map(|_| "Ok"))),
        }
    });
}
