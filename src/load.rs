//! Article loading: turns the paths given on the command line into articles.
//!
//! Files are taken as given; folders are walked (`src/walk.rs`) for `*.txt` and `*.md`,
//! hidden entries (`.git/`) and the configuration's `ignore` globs skipped. A file reached twice
//! (`a.txt` and `./a.txt`, or through a symbolic link) is read once, under its smallest
//! id, and articles are sorted by id, so the output is the same whatever the order of the
//! paths and on every machine. Inside a folder, entries that cannot be followed (a broken
//! or looping symbolic link) or are not regular files (a FIFO, a socket) are skipped and
//! reported; anything else that cannot be read is an error naming the file.

use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::config::Ignore;
use crate::error::{display_path, io_reason, Error, Result};
use crate::rules::Rules;
use crate::walk::Entry;

/// Limits on what is read; each has a flag to raise it.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest article file, in bytes (`--max-article-bytes`).
    pub max_article_bytes: u64,
    /// Most articles in one run (`--max-articles`).
    pub max_articles: usize,
    /// Largest rule file, in bytes (`--max-rule-bytes`).
    pub max_rule_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_article_bytes: 4 * 1024 * 1024,
            max_articles: 250_000,
            max_rule_bytes: crate::rules::MAX_RULE_FILE_BYTES,
        }
    }
}

const EXTENSIONS: &[&str] = &["txt", "md"];

/// The article files named by the inputs, and the folder entries skipped.
#[derive(Debug, Default)]
pub struct Found {
    /// (id, path), sorted by id.
    pub files: Vec<(String, PathBuf)>,
    /// (shown path, why), in walking order.
    pub skipped: Vec<(String, String)>,
}

/// The article files named by `inputs`; at most `max_articles`.
pub(crate) fn article_paths(
    inputs: &[PathBuf],
    ignore: &Ignore,
    max_articles: usize,
) -> Result<Found> {
    let mut walk = Walk {
        ignore,
        max_articles,
        found: Vec::new(),
        skipped: Vec::new(),
    };
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|e| Error::input(input, io_reason(&e)))?;
        if meta.is_dir() {
            let before = walk.found.len();
            walk.dir(input, input)?;
            if walk.found.len() == before {
                return Err(Error::input(
                    input,
                    "no articles (*.txt, *.md) in this folder",
                ));
            }
        } else if meta.is_file() {
            walk.push(input.clone(), input)?;
        } else {
            return Err(Error::input(input, "not a regular file or folder"));
        }
    }
    // One id per file (its smallest), then id order.
    let mut found = walk.found;
    found.sort();
    found.dedup_by(|later, first| later.0 == first.0);
    let mut files: Vec<(String, PathBuf)> = found.into_iter().map(|(_, id, p)| (id, p)).collect();
    files.sort();
    Ok(Found {
        files,
        skipped: walk.skipped,
    })
}

struct Walk<'a> {
    ignore: &'a Ignore,
    max_articles: usize,
    /// (real path, id, path as reached).
    found: Vec<(PathBuf, String, PathBuf)>,
    skipped: Vec<(String, String)>,
}

impl Walk<'_> {
    fn push(&mut self, path: PathBuf, input: &Path) -> Result<()> {
        if self.found.len() >= self.max_articles {
            return Err(Error::input(
                input,
                format!(
                    "more than {} articles (raise the limit with --max-articles)",
                    self.max_articles
                ),
            ));
        }
        let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        self.found.push((real, article_id(&path), path));
        Ok(())
    }

    /// The articles under the folder `dir` (see `src/walk.rs`), named `*.txt` or `*.md` and
    /// not ignored; entries that cannot be followed or are not regular files are skipped and
    /// reported.
    fn dir(&mut self, dir: &Path, input: &Path) -> Result<()> {
        crate::walk::walk(
            dir,
            &mut |entry| {
                match entry {
                    Entry::Broken(path, e) => {
                        let why =
                            format!("symbolic link that cannot be followed: {}", io_reason(&e));
                        self.skipped.push((display_path(&path), why));
                    }
                    Entry::File(path) | Entry::Other(path)
                        if self.ignore.skips(&path) || !is_article_name(&path) => {}
                    Entry::File(path) => self.push(path, input)?,
                    Entry::Other(path) => {
                        let why = "not a regular file".to_string();
                        self.skipped.push((display_path(&path), why));
                    }
                }
                Ok(())
            },
            &|path, e| Error::input(path, io_reason(&e)),
        )
    }
}

/// An article's id: its path as reached, without `.` steps (`./news/a.txt` and
/// `news/./a.txt` are `news/a.txt`), so the same path written two ways is one id.
fn article_id(path: &Path) -> String {
    let clean: PathBuf = path
        .components()
        .filter(|c| *c != std::path::Component::CurDir)
        .collect();
    if clean.as_os_str().is_empty() {
        display_path(path)
    } else {
        display_path(&clean)
    }
}

fn is_article_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads one article file and checks it is text.
pub(crate) fn read_text(path: &Path, limits: Limits) -> Result<String> {
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
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::input(
            path,
            "UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8",
        ));
    }
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
    if crate::text::trim(&text).is_empty() {
        return Err(Error::input(path, "empty file, no article text"));
    }
    Ok(text)
}

/// Articles read, and the folder entries skipped on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    /// In id order.
    pub articles: Vec<Article>,
    /// (shown path, why).
    pub skipped: Vec<(String, String)>,
}

/// Loads every article named by `inputs`, in parallel; `tick` is called after each (for a
/// progress bar) with the number done and the total. When several files are bad, the
/// error names the first by id, whatever the number of threads.
pub fn load_articles(
    inputs: &[PathBuf],
    rules: &Rules,
    limits: Limits,
    ignore: &Ignore,
    tick: crate::Tick,
) -> Result<Loaded> {
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let found = article_paths(inputs, ignore, limits.max_articles)?;
    let done = AtomicUsize::new(0);
    let read: Vec<Result<Article>> = found
        .files
        .par_iter()
        .map(|(id, path)| {
            let text = read_text(path, limits)?;
            let mut article = Article::new(id.clone(), text, rules)?;
            article.path = Some(path.clone());
            tick(done.fetch_add(1, Ordering::Relaxed) + 1, found.files.len());
            Ok(article)
        })
        .collect();
    Ok(Loaded {
        articles: read.into_iter().collect::<Result<_>>()?,
        skipped: found.skipped,
    })
}
