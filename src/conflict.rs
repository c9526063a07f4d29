//! Conflicts: what factlint reports. Each has a kind from the registry, a severity, a
//! subject, a message, and the evidence spans that disagree.

use sha2::{Digest, Sha256};

use crate::article::Article;
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
    /// The stories of its evidence (indices into the run's [`crate::stories::Stories`]),
    /// sorted; set once the run's conflicts are known. Usually one: a conflict spans two
    /// stories only when other evidence says they speak of one entity (a spelling).
    pub stories: Vec<usize>,
}

impl Conflict {
    /// A stable id for baselines and reviews: a hash of the kind, the subject (lower-cased,
    /// spaces collapsed), the evidence values and the articles involved, each sorted. Lines
    /// and columns are not part of it, so it survives edits that move text around.
    pub fn fingerprint(&self, articles: &[Article]) -> String {
        let norm = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let mut values: Vec<String> = self.evidence.iter().map(|e| norm(&e.value)).collect();
        values.sort();
        values.dedup();
        let mut ids: Vec<&str> = self
            .evidence
            .iter()
            .map(|e| articles[e.article].id.as_str())
            .collect();
        ids.sort();
        ids.dedup();
        let mut h = Sha256::new();
        for part in [self.kind.id().to_string(), norm(&self.subject)]
            .into_iter()
            .chain(values)
            .chain(ids.into_iter().map(str::to_string))
        {
            h.update(part.as_bytes());
            h.update([0u8]);
        }
        h.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}
