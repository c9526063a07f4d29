//! A set of multi-word phrases matched against tokens, longest first.

use rustc_hash::FxHashMap;

use crate::text::Token;

/// Phrases keyed by their first token; each phrase is its lower-case token texts. The
/// last tokens index the same phrases (by their place in `by_first`) for matching
/// backwards. Hashed with FxHash: keys are short words, and lookups are the hot path.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    by_first: FxHashMap<String, Vec<(Vec<String>, T)>>,
    /// Last token → (first token, place in its list) of every phrase ending with it.
    by_last: FxHashMap<String, Vec<(String, usize)>>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        Self {
            by_first: FxHashMap::default(),
            by_last: FxHashMap::default(),
        }
    }
}

impl<T: Clone> PhraseSet<T> {
    /// Adds a phrase, replacing the value of an equal phrase already there.
    pub fn insert(&mut self, tokens: Vec<String>, value: T) {
        let Some(first) = tokens.first().cloned() else {
            return;
        };
        let list = self.by_first.entry(first.clone()).or_default();
        if let Some(slot) = list.iter_mut().find(|(t, _)| *t == tokens) {
            slot.1 = value;
            return;
        }
        list.push((tokens, value));
        // Longest phrase first, then by text, so matching is greedy and deterministic.
        list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        // The places in this list moved: index its phrases' last tokens anew.
        for ends in self.by_last.values_mut() {
            ends.retain(|(f, _)| *f != first);
        }
        for (place, (phrase, _)) in list.iter().enumerate() {
            let last = phrase.last().cloned().unwrap_or_default();
            self.by_last
                .entry(last)
                .or_default()
                .push((first.clone(), place));
        }
    }

    /// The value of exactly this phrase.
    pub fn get(&self, tokens: &[String]) -> Option<&T> {
        let list = self.by_first.get(tokens.first()?)?;
        list.iter().find(|(t, _)| t == tokens).map(|(_, v)| v)
    }

    /// The longest phrase starting at token `i`: (number of tokens, value).
    pub fn match_at(&self, tokens: &[Token], i: usize) -> Option<(usize, &T)> {
        let first = tokens.get(i)?;
        let list = self.by_first.get(&first.norm)?;
        list.iter().find_map(|(phrase, value)| {
            let window = tokens.get(i..i + phrase.len())?;
            let same = window.iter().zip(phrase).all(|(t, p)| t.norm == *p)
                && window.iter().skip(1).all(|t| !t.newline);
            same.then_some((phrase.len(), value))
        })
    }

    /// The longest phrase that ends just before token `i`: (number of tokens, value).
    pub fn match_before(&self, tokens: &[Token], i: usize) -> Option<(usize, &T)> {
        let mut best: Option<(usize, &T)> = None;
        let last = &tokens.get(i.checked_sub(1)?)?.norm;
        let ends = self.by_last.get(last)?;
        for (first, place) in ends {
            let (phrase, value) = &self.by_first[first][*place];
            let n = phrase.len();
            if n > i || best.is_some_and(|(b, _)| b >= n) {
                continue;
            }
            let window = &tokens[i - n..i];
            if window.iter().zip(phrase).all(|(t, p)| t.norm == *p)
                && window
                    .iter()
                    .skip(1)
                    .chain(tokens.get(i))
                    .all(|t| !t.newline)
            {
                best = Some((n, value));
            }
        }
        best
    }

    /// Whether any phrase matches the tokens starting at `i` (the whole phrase).
    pub fn contains_at(&self, tokens: &[Token], i: usize) -> bool {
        self.match_at(tokens, i).is_some()
    }
}
