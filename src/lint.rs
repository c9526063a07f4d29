//! `factlint lint NEW... --against ARCHIVE...`: the conflicts a new article takes part in.
//! [`crate::Session::lint`] runs it, against files or (through [`crate::index::lint`]) an
//! archive index; this module holds what both share.
//!
//! The archive and the new articles are checked together (a new article that is also in
//! the archive is read once, so `lint` gives exactly the conflicts of `check` that involve
//! it). Conflicts among archive articles only are left out, and so are those where the new
//! articles side with the archive's majority (see [`sides_with_majority`]); each kept
//! conflict names the archive articles it contradicts.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::config::Ignore;
use crate::conflict::{Conflict, EventId};
use crate::error::Result;
use crate::kinds::Kind;
use crate::load::article_paths;
use crate::rules::Rules;
use crate::stories::Stories;

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

/// The conflicts of `run` (taken from `conflicts`, its own or some of them) with evidence
/// in a new article, each message naming the archive articles involved, with their events
/// numbered in the order the report shows them; and the stories of the new articles and of
/// the articles those conflicts quote.
///
/// The stories are grouped again among these articles only: the story an archive article
/// is in may depend on archive articles that take no part in the report (an archive index
/// reads only those that can), while what the report quotes is the same either way.
pub fn involving(
    run: &crate::Run,
    conflicts: Vec<Conflict>,
    new: &BTreeSet<String>,
    rules: &Rules,
) -> (Vec<Conflict>, Stories) {
    let articles = &run.articles;
    let mut kept = keep_involving(articles, conflicts, new);
    // Event ids (`event-N`) count the events of the whole run, so they depend on every
    // article read, also those that take no part in the report (an archive index reads
    // only the articles that can). The report's own numbering, `event-1` for the first
    // event it names (conflict by conflict, its evidence's roles, then its message), is the
    // same whatever else was read.
    let mut numbers: HashMap<EventId, EventId> = HashMap::new();
    for c in &mut kept {
        c.map_events(|old| {
            let next = EventId(numbers.len() + 1);
            *numbers.entry(old).or_insert(next)
        });
    }
    let mut members: BTreeSet<usize> = kept
        .iter()
        .flat_map(|c| c.evidence.iter().map(|e| e.article))
        .collect();
    members.extend(
        articles
            .iter()
            .enumerate()
            .filter(|(_, a)| new.contains(&a.id))
            .map(|(i, _)| i),
    );
    let members: Vec<usize> = members.into_iter().collect();
    let stories = crate::stories::among(
        articles,
        run.stories.named.clone(),
        run.stories.pairs.clone(),
        &members,
        &run.entities,
        rules,
    );
    for c in &mut kept {
        c.stories = stories.of(c.evidence.iter().map(|e| e.article));
    }
    (kept, stories)
}

fn keep_involving(
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
                && !sides_with_majority(c, articles, new)
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
                c.message
                    .push_str(&format!("; contradicts the archive: {}", list.join(", ")));
            }
            c
        })
        .collect()
}

/// Whether the new articles in `c` only side with the archive's majority: they all write
/// one value, more articles write it than any other value, and the other values are
/// written by archive articles alone. Such a split is the archive's own (one archive article
/// misspells a name that the new article and the rest of the archive spell alike), not a
/// contradiction the new article brings, so `lint` does not report it (`check` of the
/// archive does). A count update is a change over time, not a vote, so it always stays.
fn sides_with_majority(c: &Conflict, articles: &[Article], new: &BTreeSet<String>) -> bool {
    if c.kind == Kind::CountUpdate {
        return false;
    }
    let mut writers: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut new_values = BTreeSet::new();
    for e in &c.evidence {
        let id = articles[e.article].id.as_str();
        writers.entry(e.value.as_str()).or_default().insert(id);
        if new.contains(id) {
            new_values.insert(e.value.as_str());
        }
    }
    let (Some(value), 1) = (new_values.first(), new_values.len()) else {
        return false;
    };
    let most = writers[value].len();
    writers.len() > 1
        && writers
            .iter()
            .all(|(v, ids)| v == value || ids.len() < most)
}
