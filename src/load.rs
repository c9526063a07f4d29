//! Article loading: turns the paths given on the command line into articles.
//!
//! Files are taken as given; folders are walked recursively for `*.txt` and `*.md`, hidden
//! entries (`.git/`) and the configuration's `ignore` globs skipped, entries sorted by
//! name, so the order is the same on every machine. A file reached twice is read once. Bad
//! input is an error naming the file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::config::Ignore;
use crate::error::{display_path, io_reason, Error, Result};
use crate::rules::Rules;

/// Limits on what is read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest article file, in bytes.
    pub max_article_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_article_bytes: 16 * 1024 * 1024,
        }
    }
}

const EXTENSIONS: &[&str] = &["txt", "md"];

/// The article files named by `inputs`, in order: (id, path).
pub fn article_paths(inputs: &[PathBuf], ignore: &Ignore) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|e| Error::input(input, io_reason(&e)))?;
        if meta.is_dir() {
            let before = out.len();
            let mut visited = BTreeSet::new();
            walk(input, ignore, &mut out, &mut seen, &mut visited)?;
            if out.len() == before {
                return Err(Error::input(
                    input,
                    "no articles (*.txt, *.md) in this folder",
                ));
            }
        } else {
            push_unique(input.clone(), &mut out, &mut seen);
        }
    }
    Ok(out)
}

fn push_unique(path: PathBuf, out: &mut Vec<(String, PathBuf)>, seen: &mut BTreeSet<PathBuf>) {
    let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
    if seen.insert(key) {
        out.push((display_path(&path), path));
    }
}

fn walk(
    dir: &Path,
    ignore: &Ignore,
    out: &mut Vec<(String, PathBuf)>,
    seen: &mut BTreeSet<PathBuf>,
    visited: &mut BTreeSet<PathBuf>,
) -> Result<()> {
    // A symlink loop leads back to a folder already walked: stop there.
    let real = std::fs::canonicalize(dir).map_err(|e| Error::input(dir, io_reason(&e)))?;
    if !visited.insert(real) {
        return Ok(());
    }
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::input(dir, io_reason(&e)))? {
        let entry = entry.map_err(|e| Error::input(dir, io_reason(&e)))?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        entries.push(entry.path());
    }
    entries.sort();
    for path in entries {
        let meta = std::fs::metadata(&path).map_err(|e| Error::input(&path, io_reason(&e)))?;
        if meta.is_dir() {
            walk(&path, ignore, out, seen, visited)?;
        } else if !ignore.skips(&path)
            && path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            push_unique(path, out, seen);
        }
    }
    Ok(())
}

/// Reads one article file and checks it is text.
pub fn read_text(path: &Path, limits: Limits) -> Result<String> {
    let meta = std::fs::metadata(path).map_err(|e| Error::input(path, io_reason(&e)))?;
    if meta.len() > limits.max_article_bytes {
        return Err(Error::input(
            path,
            format!(
                "file is {} bytes, over the limit of {} (raise it with --max-article-bytes)",
                meta.len(),
                limits.max_article_bytes
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::input(path, io_reason(&e)))?;
    text_from_bytes(path, bytes)
}

/// Checks that `bytes` are a usable article: not empty, not binary, valid UTF-8.
pub fn text_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<String> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::input(
            path,
            format!("binary file (NUL byte at offset {at}), not an article"),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::input(
            path,
            format!("not valid UTF-8 (line {line}, byte offset {at})"),
        )
    })?;
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(Error::input(path, "empty file, no article text"));
    }
    Ok(text)
}

/// Loads every article named by `inputs`; `tick` is called after each (for a progress
/// bar) with the number done and the total.
pub fn load_articles(
    inputs: &[PathBuf],
    rules: &Rules,
    limits: Limits,
    ignore: &Ignore,
    tick: &dyn Fn(usize, usize),
) -> Result<Vec<Article>> {
    let paths = article_paths(inputs, ignore)?;
    let mut articles = Vec::new();
    for (id, path) in &paths {
        let text = read_text(path, limits)?;
        articles.push(Article::new(id.clone(), text, rules)?);
        tick(articles.len(), paths.len());
    }
    Ok(articles)
}
