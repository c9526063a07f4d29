//! A set of multi-word phrases matched against tokens, longest first.

use rustc_hash::FxHashMap;

use crate::text::{word_hash, Token};

/// Phrases keyed by the `word_hash` of their first token; each phrase is its lower-case
/// token texts. The phrases are also listed by their last token, for matching backwards.
/// Tokens carry their hash, so a lookup hashes nothing: it is the hot path of extraction.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    by_first: FxHashMap<u64, Vec<(Vec<String>, T)>>,
    /// Last token's hash → every phrase ending with it.
    by_last: FxHashMap<u64, Vec<Vec<String>>>,
    /// The keys of `by_first` and `by_last` as bitsets: extraction probes dozens of sets at
    /// nearly every token and most probes find nothing, which a bit test tells sooner
    /// than a map lookup.
    first_bits: HashBits,
    last_bits: HashBits,
}

/// A bitset over hashes (a Bloom filter with one hash function): a clear bit proves a
/// hash absent; a set bit may be a collision, so the map is asked then.
#[derive(Debug, Clone, Default)]
struct HashBits {
    /// A power of two of bits, or none while the set is empty.
    words: Vec<u64>,
}

impl HashBits {
    /// The fewest bits, and the bits per key kept (a collision rate of about 1/8).
    const MIN_BITS: usize = 512;
    const BITS_PER_KEY: usize = 8;

    /// The bit of `hash`. FxHash leaves its best mixed bits at the low end.
    fn bit(&self, hash: u64) -> usize {
        (hash as usize) & (self.words.len() * 64 - 1)
    }

    #[inline]
    fn may_contain(&self, hash: u64) -> bool {
        if self.words.is_empty() {
            return false;
        }
        let b = self.bit(hash);
        self.words[b / 64] & (1 << (b % 64)) != 0
    }

    fn set(&mut self, hash: u64) {
        let b = self.bit(hash);
        self.words[b / 64] |= 1 << (b % 64);
    }

    /// The bits of `keys` (all keys of the map), sized for their number.
    fn of(keys: impl ExactSizeIterator<Item = u64>) -> Self {
        let bits = (keys.len() * Self::BITS_PER_KEY)
            .next_power_of_two()
            .max(Self::MIN_BITS);
        let mut out = HashBits {
            words: vec![0; bits / 64],
        };
        keys.for_each(|k| out.set(k));
        out
    }

    /// Adds `hash`, one of `keys` keys now; grows (and sets all again) when they crowd.
    fn add(&mut self, hash: u64, keys: usize, all: impl ExactSizeIterator<Item = u64>) {
        if keys * Self::BITS_PER_KEY > self.words.len() * 64 {
            *self = Self::of(all);
        } else {
            self.set(hash);
        }
    }
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
            first_bits: HashBits::default(),
            last_bits: HashBits::default(),
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
        let (firsts, lasts) = (self.by_first.len(), self.by_last.len());
        self.first_bits
            .add(first, firsts, self.by_first.keys().copied());
        self.last_bits
            .add(last, lasts, self.by_last.keys().copied());
    }

    /// Every value, in no particular order.
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.by_first.values().flatten().map(|(_, v)| v)
    }

    /// Every phrase with its value, in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = (&[String], &T)> {
        self.by_first
            .values()
            .flatten()
            .map(|(t, v)| (t.as_slice(), v))
    }

    /// The value of exactly this phrase.
    pub fn get(&self, tokens: &[String]) -> Option<&T> {
        let list = self.by_first.get(&word_hash(tokens.first()?))?;
        list.iter().find(|(t, _)| t == tokens).map(|(_, v)| v)
    }

    /// The longest phrase starting at token `i`: (number of tokens, value).
    ///
    /// Inlined, so the bit test that rejects most probes costs no call.
    #[inline]
    pub(crate) fn match_at(&self, tokens: &[Token], i: usize) -> Option<(usize, &T)> {
        let first = tokens.get(i)?;
        if !self.first_bits.may_contain(first.hash) {
            return None;
        }
        self.match_listed(tokens, i, first)
    }

    /// [`PhraseSet::match_at`] once the bitset let token `i` (`first`) through.
    #[inline(never)]
    fn match_listed(&self, tokens: &[Token], i: usize, first: &Token) -> Option<(usize, &T)> {
        let list = self.by_first.get(&first.hash)?;
        list.iter().find_map(|(phrase, value)| {
            let window = tokens.get(i..i + phrase.len())?;
            let whole = window.iter().zip(phrase).all(|(t, p)| same(t, p))
                && window.iter().skip(1).all(|t| !t.newline);
            whole.then_some((phrase.len(), value))
        })
    }

    /// The longest phrase that ends just before token `i`: (number of tokens, value).
    ///
    /// Inlined, as [`PhraseSet::match_at`].
    #[inline]
    pub(crate) fn match_before(&self, tokens: &[Token], i: usize) -> Option<(usize, &T)> {
        let last = tokens.get(i.checked_sub(1)?)?.hash;
        if !self.last_bits.may_contain(last) {
            return None;
        }
        self.match_listed_before(tokens, i, last)
    }

    /// [`PhraseSet::match_before`] once the bitset let the last token's hash through.
    #[inline(never)]
    fn match_listed_before(&self, tokens: &[Token], i: usize, last: u64) -> Option<(usize, &T)> {
        let mut best: Option<(usize, &T)> = None;
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
    #[inline]
    pub(crate) fn contains_at(&self, tokens: &[Token], i: usize) -> bool {
        self.match_at(tokens, i).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{phrase_tokens, tokenize};

    #[test]
    fn every_phrase_is_found_after_the_bitsets_grow() {
        let mut set = PhraseSet::default();
        for k in 0..500 {
            set.insert(phrase_tokens(&format!("kata{k} akhir{k}")), k);
        }
        for k in (0..500).step_by(7) {
            let toks = tokenize(&format!("x kata{k} akhir{k} y"));
            assert_eq!(set.match_at(&toks, 1), Some((2, &k)));
            assert_eq!(set.match_before(&toks, 3), Some((2, &k)));
            assert_eq!(set.match_at(&toks, 0), None);
        }
        assert!(!PhraseSet::<()>::default().contains_at(&tokenize("a"), 0));
    }
}
