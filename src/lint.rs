//! `factlint lint NEW... --against ARCHIVE...`: the conflicts a new article takes part in.
//!
//! The archive and the new articles are checked together (a new article that is also in
//! the archive is read once, so `lint` gives exactly the conflicts of `check` that involve
//! it). Conflicts among archive articles only are left out; each kept conflict names the
//! archive articles it contradicts.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::config::Ignore;
use crate::conflict::Conflict;
use crate::error::Result;
use crate::load::article_paths;

/// Ids of the loaded `articles` that come from `new` (compared by their real paths, so
/// `./a.txt` and `archive/../a.txt` are one file).
pub fn new_articles(
    new: &[PathBuf],
    articles: &[Article],
    ignore: &Ignore,
    max_articles: usize,
) -> Result<BTreeSet<String>> {
    let real = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let wanted: BTreeSet<PathBuf> = article_paths(new, ignore, max_articles)?
        .files
        .iter()
        .map(|(_, p)| real(p))
        .collect();
    Ok(articles
        .iter()
        .filter(|a| a.path.as_deref().is_some_and(|p| wanted.contains(&real(p))))
        .map(|a| a.id.clone())
        .collect())
}

/// The conflicts with evidence in a new article, each message naming the archive articles
/// involved.
pub fn involving(
    articles: &[Article],
    conflicts: Vec<Conflict>,
    new: &BTreeSet<String>,
) -> Vec<Conflict> {
    conflicts
        .into_iter()
        .filter(|c| {
            c.evidence
                .iter()
                .any(|e| new.contains(&articles[e.article].id))
        })
        .map(|mut c| {
            let archive: BTreeSet<&str> = c
                .evidence
                .iter()
                .map(|e| articles[e.article].id.as_str())
                .filter(|id| !new.contains(*id))
                .collect();
            if !archive.is_empty() {
                let list: Vec<&str> = archive.into_iter().collect();
                c.message = format!(
                    "{}; contradicts the archive: {}",
                    c.message,
                    list.join(", ")
                );
            }
            c
        })
        .collect()
}
