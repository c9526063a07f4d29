//! Reports: turn the run's articles, claims and conflicts into bytes. The library never
//! prints; the CLI writes what these functions return.

pub mod json;
pub mod text;

use crate::article::Article;
use crate::claim::Claim;
use crate::conflict::Conflict;
use crate::kinds::Severity;
use crate::reconcile::entities::Entities;
use crate::reconcile::events::Events;

/// Everything a report is made from.
pub struct Report<'a> {
    pub articles: &'a [Article],
    pub claims: &'a [Claim],
    pub conflicts: &'a [Conflict],
    /// Entity groups, for the `claims` output.
    pub entities: Option<&'a Entities>,
    /// Event groups, for the `claims` output.
    pub events: Option<&'a Events>,
}

impl Report<'_> {
    /// Number of conflicts of each severity: (error, warning, info).
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |s| self.conflicts.iter().filter(|c| c.severity == s).count();
        (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
    }
}
