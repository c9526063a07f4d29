//! Arbitrary bytes as a rule YAML file: through `rules::parse_file`, then as a file of a
//! `--rules` folder through `Rules::load`, which must give `Ok` or `Err`, never panic or
//! hang. Rules that load are then used on two small fixed articles, as `check --rules`
//! would.
//!
//! The file is `fuzz.yaml` (added to the built-in files) unless its first line is
//! `#> REL` with REL a built-in file's path (`#> id/dates.yaml`): then it replaces that
//! file. The line is a YAML comment, so the text parsed is the input unchanged.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use factlint::article::Article;
use factlint::rules::{parse_file, Rules, BUILTIN_FILES};
use libfuzzer_sys::fuzz_target;
use tempfile::TempDir;

const ARTICLES: &[(&str, &str)] = &[
    (
        "planted_id.txt",
        include_str!("../../tests/fixtures/weekday/planted_id.txt"),
    ),
    (
        "planted_en.md",
        include_str!("../../tests/fixtures/weekday/planted_en.md"),
    ),
];

fn dir() -> &'static Path {
    static DIR: OnceLock<TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"))
        .path()
}

/// The path inside the rules folder the input is written to.
fn file_name(text: &str) -> &str {
    text.strip_prefix("#> ")
        .and_then(|rest| rest.lines().next())
        .map(str::trim)
        .filter(|rel| BUILTIN_FILES.iter().any(|(p, _)| p == rel))
        .unwrap_or("fuzz.yaml")
}

fuzz_target!(|data: &[u8]| {
    let text = std::str::from_utf8(data).ok();
    if let Some(text) = text {
        let _ = parse_file("fuzz.yaml", text);
    }
    let rel = text.map_or("fuzz.yaml", file_name);
    let root: PathBuf = dir().join("rules");
    let _ = std::fs::remove_dir_all(&root);
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, data).unwrap();
    let Ok(rules) = Rules::load(&[root]) else {
        return;
    };
    let articles: Vec<Article> = ARTICLES
        .iter()
        .filter_map(|(id, text)| Article::new(*id, text.to_string(), &rules).ok())
        .collect();
    let _ = factlint::check_articles(articles, &rules, &|_, _| {});
});
