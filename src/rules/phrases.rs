//! A set of multi-word phrases matched against tokens, longest first.

use rustc_hash::FxHashMap;

use crate::text::{word_hash, Token};

/// Phrases keyed by the [`word_hash`] of their first token; each phrase is its lower-case
/// token texts. The phrases are also listed by their last token, for matching backwards.
/// Tokens carry their hash, so a lookup hashes nothing: it is the hot path of extraction.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    by_first: FxHashMap<u64, Vec<(Vec<String>, T)>>,
    /// Last token's hash → every phrase ending with it.
    by_last: FxHashMap<u64, Vec<Vec<String>>>,
}

/// Whether token `t` is the phrase word `p`.
#[inline]
fn same(t: &Token, p: &str) -> bool {
    t.norm == p
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
        let Some(first) = tokens.first().map(|t| word_hash(t)) else {
            return;
        };
        let list = self.by_first.entry(first).or_default();
        if let Some(slot) = list.iter_mut().find(|(t, _)| *t == tokens) {
            slot.1 = value;
            return;
        }
        let last = tokens.last().map_or(0, |t| word_hash(t));
        self.by_last.entry(last).or_default().push(tokens.clone());
        list.push((tokens, value));
        // Longest phrase first, then by text, so matching is greedy and deterministic.
        list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    }

    /// The value of exactly this phrase.
    pub fn get(&self, tokens: &[String]) -> Option<&T> {
        let list = self.by_first.get(&word_hash(tokens.first()?))?;
        list.iter().find(|(t, _)| t == tokens).map(|(_, v)| v)
    }

    /// The longest phrase starting at token `i`: (number of tokens, value).
    pub fn match_at(&self, tokens: &[Token], i: usize) -> Option<(usize, &T)> {
        let first = tokens.get(i)?;
        let list = self.by_first.get(&first.hash)?;
        list.iter().find_map(|(phrase, value)| {
            let window = tokens.get(i..i + phrase.len())?;
            let whole = window.iter().zip(phrase).all(|(t, p)| same(t, p))
                && window.iter().skip(1).all(|t| !t.newline);
            whole.then_some((phrase.len(), value))
        })
    }

    /// The longest phrase that ends just before token `i`: (number of tokens, value).
    pub fn match_before(&self, tokens: &[Token], i: usize) -> Option<(usize, &T)> {
        let mut best: Option<(usize, &T)> = None;
        let last = tokens.get(i.checked_sub(1)?)?.hash;
        for phrase in self.by_last.get(&last)? {
            let n = phrase.len();
            if n > i || best.is_some_and(|(b, _)| b >= n) {
                continue;
            }
            let window = &tokens[i - n..i];
            if window.iter().zip(phrase).all(|(t, p)| same(t, p))
                && window
                    .iter()
                    .skip(1)
                    .chain(tokens.get(i))
                    .all(|t| !t.newline)
            {
                best = self.get(phrase).map(|value| (n, value));
            }
        }
        best
    }

    /// Whether any phrase matches the tokens starting at `i` (the whole phrase).
    pub fn contains_at(&self, tokens: &[Token], i: usize) -> bool {
        self.match_at(tokens, i).is_some()
    }
}
