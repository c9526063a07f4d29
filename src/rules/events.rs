//! Event rules: function and light words, concepts, stemming affixes and the cue words that
//! tie a claim to the event it describes, merged from the `events` section of the
//! `rules/*/events.yaml` files.

use std::collections::{BTreeMap, BTreeSet};

use super::file::RuleFile;
use super::{add_phrases, language_entry, tokens, Language, PhraseSet};
use crate::error::Result;
use crate::text::phrase_tokens;

/// Event words: what ties a claim to the event it describes.
#[derive(Debug, Clone, Default)]
pub(crate) struct EventRules {
    /// Function words of all languages.
    pub(crate) stopwords: rustc_hash::FxHashSet<String>,
    /// Light verbs as written (`light`); their stems are in `light_stems`.
    pub(crate) light: Vec<String>,
    /// Stems of the light verbs: content words no two claims share as their event's word.
    pub(crate) light_stems: rustc_hash::FxHashSet<String>,
    /// Concept phrases as written → concept names.
    pub concepts: PhraseSet<Vec<String>>,
    /// Stems of one-word concept forms → concept names.
    pub(crate) concept_stems: BTreeMap<String, Vec<String>>,
    /// Longest first.
    pub(crate) prefixes: Vec<String>,
    /// (ending, replacement), longest ending first.
    pub(crate) suffixes: Vec<(String, String)>,
    pub(crate) pronouns: PhraseSet<()>,
    pub(crate) definite_before: PhraseSet<()>,
    pub(crate) definite_after: PhraseSet<()>,
    pub(crate) conjunctions: PhraseSet<()>,
    pub(crate) relatives: PhraseSet<()>,
    pub(crate) earlier_markers: PhraseSet<()>,
    pub(crate) telling: PhraseSet<()>,
    /// `citing`: "mengutip", "dilansir dari" before a source's name.
    pub(crate) citing: PhraseSet<()>,
    pub(crate) as_of: PhraseSet<()>,
    /// The `as_of` phrases of one word.
    pub(crate) as_of_words: Vec<String>,
    pub(crate) reached: PhraseSet<()>,
    /// Distinguishing modifiers as written → the phrase's normalised text.
    pub(crate) distinct_markers: PhraseSet<String>,
    /// `hypothetical`: "andai", "if" before a claim in its sentence.
    pub(crate) hypothetical: PhraseSet<()>,
    /// `negations`: "tidak", "not" in a count's clause window.
    pub(crate) negations: PhraseSet<()>,
    /// `duration_before` and `duration_units`: "dalam waktu 24 jam" in a count's window.
    pub(crate) duration_before: PhraseSet<()>,
    pub(crate) duration_units: PhraseSet<()>,
    /// `date_prepositions`: "sejak" of "sejak tahun 2020".
    pub(crate) date_prepositions: PhraseSet<()>,
    /// `moment_words`: "menguat", "advanced": a figure of a moment of a market's day.
    pub(crate) moment_words: PhraseSet<()>,
    /// `duration_fillers`: "the" of "over the three nights".
    pub(crate) duration_fillers: PhraseSet<()>,
    /// `span_words`: "overnight", a span by itself.
    pub(crate) span_words: PhraseSet<()>,
    /// `sum_joiners`: "dan", "and" between the members of a sum.
    pub(crate) sum_joiners: PhraseSet<()>,
    /// `sum_members`: nouns of a person's role ("sopir", "driver").
    pub(crate) sum_members: PhraseSet<()>,
    /// Every concept name.
    pub(crate) concept_names: BTreeSet<String>,
    /// Concept → its exclusive group.
    pub(crate) concept_groups: BTreeMap<String, String>,
    /// Concepts whose counts may fall between days.
    pub falling: BTreeSet<String>,
    /// One-word concept forms, stemmed once all affixes are known.
    concept_words: Vec<(String, String)>,
}

impl EventRules {
    /// The `events` section of one file; its `stopwords` also go to its language's entry in
    /// `languages`.
    pub(super) fn merge(
        &mut self,
        path: &str,
        text: &str,
        f: &RuleFile,
        languages: &mut BTreeMap<String, Language>,
    ) -> Result<()> {
        let e = &f.events;
        let ev = self;
        for w in &e.stopwords {
            ev.stopwords.insert(w.0.clone());
        }
        ev.light.extend(e.light.iter().map(|w| w.0.clone()));
        if !e.stopwords.is_empty() {
            language_entry(languages, path, text, f, "stopwords")?
                .stopwords
                .extend(e.stopwords.iter().map(|w| w.0.clone()));
        }
        for c in &e.concepts {
            for w in &c.words {
                let toks = tokens(path, text, w)?;
                let mut names = ev.concepts.get(&toks).cloned().unwrap_or_default();
                if !names.contains(&c.concept.0) {
                    names.push(c.concept.0.clone());
                    names.sort();
                }
                if toks.len() == 1 {
                    ev.concept_words
                        .push((toks[0].clone(), c.concept.0.clone()));
                }
                ev.concepts.insert(toks, names);
            }
        }
        for p in &e.prefixes {
            if !ev.prefixes.contains(&p.0) {
                ev.prefixes.push(p.0.clone());
            }
        }
        ev.prefixes
            .sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        for s in &e.suffixes {
            let becomes = s.becomes.clone().unwrap_or_default().to_lowercase();
            ev.suffixes.retain(|(ending, _)| *ending != s.ending.0);
            ev.suffixes.push((s.ending.0.clone(), becomes));
        }
        ev.suffixes
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
        add_phrases(&mut ev.pronouns, &e.pronouns, path, text)?;
        add_phrases(&mut ev.definite_before, &e.definite_before, path, text)?;
        add_phrases(&mut ev.definite_after, &e.definite_after, path, text)?;
        add_phrases(&mut ev.conjunctions, &e.conjunctions, path, text)?;
        add_phrases(&mut ev.relatives, &e.relatives, path, text)?;
        add_phrases(&mut ev.earlier_markers, &e.earlier_markers, path, text)?;
        add_phrases(&mut ev.telling, &e.telling, path, text)?;
        add_phrases(&mut ev.citing, &e.citing, path, text)?;
        add_phrases(&mut ev.as_of, &e.as_of, path, text)?;
        for p in &e.as_of {
            if let [word] = &phrase_tokens(&p.0)[..] {
                if !ev.as_of_words.contains(word) {
                    ev.as_of_words.push(word.clone());
                }
            }
        }
        add_phrases(&mut ev.reached, &e.reached, path, text)?;
        add_phrases(&mut ev.hypothetical, &e.hypothetical, path, text)?;
        add_phrases(&mut ev.negations, &e.negations, path, text)?;
        add_phrases(&mut ev.duration_before, &e.duration_before, path, text)?;
        add_phrases(&mut ev.duration_units, &e.duration_units, path, text)?;
        add_phrases(&mut ev.duration_fillers, &e.duration_fillers, path, text)?;
        add_phrases(&mut ev.moment_words, &e.moment_words, path, text)?;
        add_phrases(&mut ev.date_prepositions, &e.date_prepositions, path, text)?;
        add_phrases(&mut ev.span_words, &e.span_words, path, text)?;
        add_phrases(&mut ev.sum_joiners, &e.sum_joiners, path, text)?;
        add_phrases(&mut ev.sum_members, &e.sum_members, path, text)?;
        for m in &e.distinct_markers {
            let toks = tokens(path, text, m)?;
            let name = toks.join(" ");
            ev.distinct_markers.insert(toks, name);
        }
        ev.concept_names
            .extend(e.concepts.iter().map(|c| c.concept.0.clone()));
        for c in &e.concepts {
            if let Some(g) = &c.exclusive {
                ev.concept_groups.insert(c.concept.0.clone(), g.0.clone());
            }
            if c.falls {
                ev.falling.insert(c.concept.0.clone());
            } else {
                ev.falling.remove(&c.concept.0);
            }
        }
        Ok(())
    }

    /// Indexes one-word concept forms by their stems, so `dikirim` finds `kirim`; stems the
    /// light verbs.
    pub(super) fn stem_concepts(&mut self, min_stem_chars: usize) {
        let light: Vec<String> = self
            .light
            .iter()
            .map(|w| self.stem(w, min_stem_chars))
            .collect();
        self.light_stems = light.into_iter().collect();
        let words = std::mem::take(&mut self.concept_words);
        for (word, concept) in words {
            let stem = self.stem(&word, min_stem_chars);
            let names = self.concept_stems.entry(stem).or_default();
            if !names.contains(&concept) {
                names.push(concept);
                names.sort();
            }
        }
    }

    /// A content word without one prefix and one suffix of the rules, each stripped only
    /// when at least `min` letters remain (the `min_stem_chars` setting).
    pub(crate) fn stem(&self, word: &str, min: usize) -> String {
        let len = |s: &str| s.chars().count();
        let mut w = word;
        if let Some(p) = self
            .prefixes
            .iter()
            .find(|p| w.starts_with(p.as_str()) && len(&w[p.len()..]) >= min)
        {
            w = &w[p.len()..];
        }
        for (ending, becomes) in &self.suffixes {
            if let Some(base) = w.strip_suffix(ending.as_str()) {
                if len(base) + len(becomes) >= min {
                    return format!("{base}{becomes}");
                }
            }
        }
        w.to_string()
    }
}
