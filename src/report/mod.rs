//! Reports: turn the run's articles, claims and conflicts into bytes. The library never
//! prints; the CLI writes what these functions return.

pub mod github;
pub mod html;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

use std::collections::BTreeSet;

use crate::article::Article;
use crate::claim::Claim;
use crate::conflict::Conflict;
use crate::kinds::Severity;
use crate::reconcile::entities::Entities;
use crate::reconcile::events::Events;
use crate::stories::{Stories, Story};

/// The report formats of `check` and `lint`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Diagnostics for a person at a terminal.
    Text,
    /// One JSON document (see `report::json`).
    Json,
    /// SARIF 2.1.0 for code-scanning tools (see `report::sarif`).
    Sarif,
    /// GitHub Actions workflow commands, one annotation per conflict (see `report::github`).
    Github,
    /// A Markdown review document for a pull request or a ticket (see `report::markdown`).
    Markdown,
    /// One self-contained HTML page for editors (see `report::html`).
    Html,
}

/// A conflict left out of the report because a review file marks it.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub conflict: Conflict,
    pub fingerprint: String,
    /// `accepted` or `not-a-conflict`.
    pub status: String,
    pub comment: String,
}

/// Everything a report is made from.
pub struct Report<'a> {
    pub articles: &'a [Article],
    pub claims: &'a [Claim],
    /// The conflicts to report (after lint, baseline and review filtering).
    pub conflicts: &'a [Conflict],
    /// Entity groups, for the `claims` output.
    pub entities: Option<&'a Entities>,
    /// Event groups, for the `claims` output.
    pub events: Option<&'a Events>,
    /// The stories the conflicts' `stories` refer to.
    pub stories: Option<&'a Stories>,
    /// Conflicts a review file marks, not reported again; listed in the summary.
    pub reviewed: &'a [Reviewed],
    /// How many conflicts the baseline already holds (not reported).
    pub baselined: usize,
    /// Claims per article, when `claims` holds only some of them (`lint` against an
    /// archive index: articles not re-read are counted from the index).
    pub claim_counts: Option<&'a [usize]>,
}

impl<'a> Report<'a> {
    /// A report of `conflicts` with nothing reviewed or baselined.
    pub fn new(articles: &'a [Article], claims: &'a [Claim], conflicts: &'a [Conflict]) -> Self {
        Report {
            articles,
            claims,
            conflicts,
            entities: None,
            events: None,
            stories: None,
            reviewed: &[],
            baselined: 0,
            claim_counts: None,
        }
    }

    /// The number of claims of article `i`.
    pub fn claims_of(&self, i: usize) -> usize {
        match self.claim_counts {
            Some(counts) => counts.get(i).copied().unwrap_or(0),
            None => self.claims.iter().filter(|c| c.article == i).count(),
        }
    }

    /// The number of claims of all articles.
    pub fn claim_total(&self) -> usize {
        match self.claim_counts {
            Some(counts) => counts.iter().sum(),
            None => self.claims.len(),
        }
    }

    /// Number of conflicts of each severity: (error, warning, info).
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |s| self.conflicts.iter().filter(|c| c.severity == s).count();
        (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
    }

    /// `5 articles, 461 claims, 3 conflicts (1 error, 2 warnings, 0 info)`, then `, 2
    /// reviewed` and `, 4 in the baseline` when there are any.
    pub fn summary(&self) -> String {
        let (error, warning, info) = self.counts();
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let mut s = format!(
            "{}, {}, {} ({} error, {}, {} info)",
            plural(self.articles.len(), "article"),
            plural(self.claim_total(), "claim"),
            plural(self.conflicts.len(), "conflict"),
            error,
            plural(warning, "warning"),
            info
        );
        if !self.reviewed.is_empty() {
            s.push_str(&format!(", {} reviewed", self.reviewed.len()));
        }
        if self.baselined > 0 {
            s.push_str(&format!(", {} in the baseline", self.baselined));
        }
        s
    }
}

/// How a report is shown, beyond its format. Only the text format uses these; every other
/// format is the same bytes wherever it is written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// ANSI colour (a terminal, and `NO_COLOR` unset).
    pub color: bool,
    /// Time the run took, for the summary line (a terminal only, so piped output stays
    /// byte-identical between runs).
    pub elapsed: Option<std::time::Duration>,
}

impl<'a> Report<'a> {
    /// The stories conflict `c` is in.
    pub fn stories_of(&self, c: &Conflict) -> Vec<&'a Story> {
        let Some(stories) = self.stories else {
            return Vec::new();
        };
        c.stories
            .iter()
            .filter_map(|&s| stories.list.get(s))
            .collect()
    }

    /// The labels of the stories of `c` (`story-2 (Yoory Cornelis, Sarana Jaya)`), joined
    /// with `; `; `None` without stories.
    pub fn story_line(&self, c: &Conflict) -> Option<String> {
        let list = self.stories_of(c);
        if list.is_empty() {
            return None;
        }
        Some(
            list.iter()
                .map(|s| s.label())
                .collect::<Vec<_>>()
                .join("; "),
        )
    }

    /// The stories a report lists: every story a conflict is in and every story of two or
    /// more articles, in story order (a run of 10,000 articles has thousands of stories of
    /// one article, which say nothing).
    pub fn shown_stories(&self) -> Vec<&'a Story> {
        let Some(stories) = self.stories else {
            return Vec::new();
        };
        let quoted: BTreeSet<usize> = self
            .conflicts
            .iter()
            .flat_map(|c| c.stories.iter().copied())
            .collect();
        stories
            .list
            .iter()
            .enumerate()
            .filter(|(i, s)| s.articles.len() >= 2 || quoted.contains(i))
            .map(|(_, s)| s)
            .collect()
    }
}

impl Report<'_> {
    /// `reviewed: <fingerprint> <kind>: <subject>: accepted (comment)`, one per reviewed
    /// conflict, for the summary of the text formats.
    pub fn reviewed_lines(&self) -> Vec<String> {
        self.reviewed
            .iter()
            .map(|r| {
                let comment = if r.comment.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", r.comment)
                };
                format!(
                    "reviewed: {} {}: {}: {}{}",
                    r.fingerprint,
                    r.conflict.kind.id(),
                    r.conflict.subject,
                    r.status,
                    comment
                )
            })
            .collect()
    }
}

/// The report of `check` or `lint` in `format`.
pub fn render(format: Format, report: &Report, style: Style) -> String {
    match format {
        Format::Text => text::check(report, style),
        Format::Json => json::check(report),
        Format::Sarif => sarif::check(report),
        Format::Github => github::check(report),
        Format::Markdown => markdown::check(report),
        Format::Html => html::check(report),
    }
}
