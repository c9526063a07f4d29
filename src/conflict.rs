//! Conflicts: what factlint reports. Each has a kind from the registry, a severity, a
//! subject, a message, and the evidence spans that disagree.

use crate::kinds::{Kind, Severity};
use crate::span::Span;

/// One span of text a conflict rests on.
#[derive(Debug, Clone)]
pub struct Evidence {
    /// Index of the article in the run's article list.
    pub article: usize,
    pub span: Span,
    /// The exact source text.
    pub text: String,
    /// The normalised value this span says (`2023-05-03`), or what it stands for.
    pub value: String,
    /// What this span is in the conflict (`publication date`, `reported as past`).
    pub role: String,
}

#[derive(Debug, Clone)]
pub struct Conflict {
    pub kind: Kind,
    pub severity: Severity,
    pub subject: String,
    pub message: String,
    pub evidence: Vec<Evidence>,
}
