//! Review files: conflicts an editor has marked `accepted` or `not-a-conflict`, with a
//! comment, by fingerprint ([`Conflict::fingerprint`]).
//!
//! Review file (YAML):
//! ```yaml
//! reviews:
//!   - fingerprint: f06f2361a18d63ea
//!     status: not-a-conflict
//!     comment: "Two landslides: the 2023 one was small."
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use crate::article::Article;
use crate::config::read_small;
use crate::conflict::Conflict;
use crate::error::{display_path, Error, Result};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewFile {
    #[serde(default)]
    reviews: Vec<ReviewEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewEntry {
    fingerprint: String,
    status: Status,
    #[serde(default)]
    comment: String,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Status {
    Accepted,
    NotAConflict,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Accepted => "accepted",
            Status::NotAConflict => "not-a-conflict",
        }
    }
}

/// One entry of a review file.
#[derive(Debug, Clone)]
pub struct Mark {
    /// `accepted` or `not-a-conflict`.
    pub status: String,
    pub comment: String,
    /// Its line in the review file.
    pub line: usize,
}

/// Marks of a review file, by fingerprint.
pub type Marks = BTreeMap<String, Mark>;

/// The entries of a review file that match none of `conflicts` (fingerprint and line, in
/// file order): decisions about conflicts that are gone, or whose fingerprint changed.
pub fn stale_marks(
    marks: &Marks,
    conflicts: &[Conflict],
    articles: &[Article],
) -> Vec<(String, usize)> {
    let seen: BTreeSet<String> = conflicts.iter().map(|c| c.fingerprint(articles)).collect();
    let mut stale: Vec<(String, usize)> = marks
        .iter()
        .filter(|(f, _)| !seen.contains(*f))
        .map(|(f, m)| (f.clone(), m.line))
        .collect();
    stale.sort_by_key(|(_, line)| *line);
    stale
}

pub fn read_review(path: &Path) -> Result<Marks> {
    let shown = display_path(path);
    let text = read_small(path)?;
    if text.trim().is_empty() {
        return Ok(Marks::new());
    }
    let file: ReviewFile = crate::rules::parse_yaml(&shown, &text, Error::config)?;
    let mut marks = Marks::new();
    for r in file.reviews {
        let line = crate::rules::line_of(&text, &r.fingerprint);
        if marks
            .insert(
                r.fingerprint.clone(),
                Mark {
                    status: r.status.as_str().to_string(),
                    comment: r.comment,
                    line: line.unwrap_or(1),
                },
            )
            .is_some()
        {
            return Err(Error::config(
                &shown,
                line,
                format!("fingerprint {} is reviewed twice", r.fingerprint),
            ));
        }
    }
    Ok(marks)
}
