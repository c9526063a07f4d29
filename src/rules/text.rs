//! Text rules: what the stages share of how a text is written, not of what it tells: the
//! abbreviations whose full stop ends no sentence (`abbreviations`), the words that open a
//! clause inside a sentence (`clause_breaks`) and the openings of the lines no claim is read
//! from (`skip_lines_starting_with`: "Baca juga: ..."). Those keys stand in the
//! `rules/*/dates.yaml` files.

use std::collections::BTreeSet;

use super::file::RuleFile;
use super::{add_phrases, PhraseSet};
use crate::error::Result;

/// Sentence, clause and line words, merged over all files (`abbreviations`, `clause_breaks`
/// and `skip_lines_starting_with` of `rules/*/dates.yaml`).
#[derive(Debug, Clone, Default)]
pub(crate) struct TextRules {
    /// `clause_breaks`: "yang", "bahwa", "which" open a clause inside a sentence.
    pub(crate) clause_breaks: PhraseSet<()>,
    /// `skip_lines_starting_with`: the openings of lines that link elsewhere ("Baca juga").
    pub(crate) skip_lines: PhraseSet<()>,
    /// `abbreviations`: words whose full stop does not end a sentence ("prof", "dr").
    pub(crate) abbreviations: BTreeSet<String>,
}

impl TextRules {
    /// The text sections of one file.
    pub(super) fn merge(&mut self, path: &str, text: &str, f: &RuleFile) -> Result<()> {
        self.abbreviations
            .extend(f.abbreviations.iter().map(|p| p.0.clone()));
        for (set, list) in [
            (&mut self.clause_breaks, &f.clause_breaks),
            (&mut self.skip_lines, &f.skip_lines_starting_with),
        ] {
            add_phrases(set, list, path, text)?;
        }
        Ok(())
    }
}
