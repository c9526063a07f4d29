//! `factlint lint NEW... --against ARCHIVE...`: the conflicts a new article takes part in.
//! [`crate::Session::lint`] runs it, against files or (through [`crate::index::lint`]) an
//! archive index; this module holds what both share.
//!
//! The archive and the new articles are checked together (a new article that is also in
//! the archive is read once, so `lint` gives exactly the conflicts of `check` that involve
//! it). Conflicts among archive articles only are left out, and so are those where the new
//! articles side with the archive's majority (see [`sides_with_majority`]); each kept
//! conflict names the archive articles it contradicts. A report lists only the new
//! articles and the archive articles the reported conflicts quote, and their stories
//! ([`listed`]), not every archive article read, and numbers the events it shows itself
//! ([`number_events`]), not by their place among all the events read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::config::Ignore;
use crate::conflict::{Conflict, EventId};
use crate::error::Result;
use crate::kinds::Kind;
use crate::load::article_paths;
use crate::report::{timeline_days, EventNumbers};
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
/// in a new article, each message naming the archive articles involved. Their stories are
/// set by [`listed`] and their events numbered by [`number_events`], once the baseline and
/// review have taken out what the report leaves out.
pub fn involving(
    run: &crate::Run,
    conflicts: Vec<Conflict>,
    new: &BTreeSet<String>,
) -> Vec<Conflict> {
    keep_involving(&run.articles, conflicts, new)
}

/// The articles a lint report lists and the stories it shows: the new articles and the
/// archive articles the `reported` conflicts quote (any evidence span: JSON lists them all),
/// as indices into `run.articles` in order; and the stories grouped among those articles
/// only, which each conflict of `reported` and of `left_out` (baselined or reviewed: not
/// shown, but their `stories` must index the same list) is then set to.
///
/// An archive article that only a baselined or reviewed conflict quotes is not listed: the
/// report shows no evidence of it. Grouping stories among the listed articles alone keeps the
/// stories to those articles, and makes them the same whatever else was read: the story an
/// archive article is in may depend on archive articles that take no part in the report (an
/// archive index reads only those that can).
pub fn listed<'c>(
    run: &crate::Run,
    reported: &mut [Conflict],
    left_out: impl IntoIterator<Item = &'c mut Conflict>,
    new: &BTreeSet<String>,
    rules: &Rules,
) -> (Vec<usize>, Stories) {
    let articles = &run.articles;
    let mut members: BTreeSet<usize> = reported
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
    for c in reported.iter_mut() {
        c.stories = stories.of(c.evidence.iter().map(|e| e.article));
    }
    for c in left_out {
        c.stories = stories.of(c.evidence.iter().map(|e| e.article));
    }
    (members, stories)
}

/// The report's own numbering of events, `event-1` for the first event it shows: the
/// `reported` conflicts are renumbered by it here (so every format shows their messages
/// and roles by it), and renderers that name an event group (the HTML timelines) read it
/// through [`crate::report::Report::event_id`]. The `left_out` conflicts (baselined or
/// reviewed: not shown) are renumbered too, so every conflict of the outcome names events
/// alike.
///
/// Event ids of the whole run (`check`'s numbering) count every event of every article
/// read, also of those that take no part in the report (an archive index reads only the
/// articles that can), so they would differ between a lint against the folder and one
/// against its index. The report numbers, in order:
/// 1. the events the reported conflicts name, conflict by conflict (its evidence's roles,
///    then its message): the events of the messages a reader sees are 1, 2, 3...;
/// 2. the other events with a claim in a `listed` article that the HTML timelines draw
///    (a date: [`timeline_days`]), by their first such claim (article, then place in it);
/// 3. the events only left-out conflicts name.
///
/// Each step depends only on the listed articles and the reported conflicts, so the
/// numbers are the same whatever else was read.
pub fn number_events<'c>(
    run: &crate::Run,
    reported: &mut [Conflict],
    left_out: impl IntoIterator<Item = &'c mut Conflict>,
    listed: &[usize],
) -> EventNumbers {
    let mut numbers = EventNumbers::default();
    for c in reported.iter_mut() {
        c.map_events(|e| numbers.number(e));
    }
    let listed: BTreeSet<usize> = listed.iter().copied().collect();
    let mut firsts: BTreeMap<usize, (usize, usize, usize)> = BTreeMap::new();
    for (i, c) in run.claims.iter().enumerate() {
        if !listed.contains(&c.article) || timeline_days(c, &run.articles[c.article]).is_none() {
            continue;
        }
        let Some(g) = run.events.info.get(i).and_then(|inf| inf.as_ref()?.group) else {
            continue;
        };
        let at = (c.article, c.span.start, c.span.end);
        firsts
            .entry(g)
            .and_modify(|first| *first = (*first).min(at))
            .or_insert(at);
    }
    let mut others: Vec<((usize, usize, usize), usize)> =
        firsts.into_iter().map(|(g, at)| (at, g)).collect();
    others.sort_unstable();
    for (_, g) in others {
        numbers.number(EventId::of_group(g));
    }
    for c in left_out {
        c.map_events(|e| numbers.number(e));
    }
    numbers
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
