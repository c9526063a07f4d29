//! Sentences and clause context: which words a claim qualifies, and whether its clause
//! speaks of the future.

use crate::rules::Rules;
use crate::text::{Token, TokenKind};

/// Sentence boundaries over a token list: `ends[k]` is true when a sentence ends after
/// token `k`. A sentence ends at `.`, `!`, `?`, `;` followed by a space (a `.` after an
/// abbreviation from the rules or a single letter does not end one), and at a line break.
pub struct Sentences {
    ends: Vec<bool>,
}

impl Sentences {
    pub fn new(tokens: &[Token], rules: &Rules) -> Self {
        let n = tokens.len();
        let mut ends = vec![false; n];
        for k in 0..n {
            let next = tokens.get(k + 1);
            if next.is_none_or(|t| t.newline) {
                ends[k] = true;
                continue;
            }
            let t = &tokens[k];
            if t.kind != TokenKind::Punct || !next.is_some_and(|t| t.gap) {
                continue;
            }
            ends[k] = match t.norm.as_str() {
                "!" | "?" | ";" | "…" => true,
                "." => match k.checked_sub(1).map(|p| &tokens[p]) {
                    Some(prev) if prev.kind == TokenKind::Word => {
                        !(rules.abbreviations.contains(&prev.norm)
                            || prev.norm.chars().count() == 1)
                    }
                    _ => true,
                },
                _ => false,
            };
        }
        Sentences { ends }
    }

    /// The sentence holding tokens `first..last`, as a token range.
    pub fn around(&self, first: usize, last: usize) -> (usize, usize) {
        let mut a = first;
        while a > 0 && !self.ends[a - 1] {
            a -= 1;
        }
        let mut b = last.max(first + 1);
        while b < self.ends.len() && !self.ends[b - 1] {
            b += 1;
        }
        (a, b.min(self.ends.len()))
    }
}

/// The context window: up to `words` word or number tokens on each side of `first..last`,
/// inside the sentence `(sa, sb)`.
pub fn window(
    tokens: &[Token],
    (sa, sb): (usize, usize),
    first: usize,
    last: usize,
    words: usize,
) -> (usize, usize) {
    let counts = |t: &Token| t.kind != TokenKind::Punct;
    let mut a = first;
    let mut seen = 0;
    while a > sa && seen < words {
        a -= 1;
        if counts(&tokens[a]) {
            seen += 1;
        }
    }
    let mut b = last;
    seen = 0;
    while b < sb && seen < words {
        if counts(&tokens[b]) {
            seen += 1;
        }
        b += 1;
    }
    (a, b)
}

/// The clause of tokens `first..last` within the sentence `(a, b)`: bounded by the
/// clause-opening words of the rules ("yang", "bahwa", "which").
pub fn clause(
    tokens: &[Token],
    rules: &Rules,
    (a, b): (usize, usize),
    first: usize,
    last: usize,
) -> (usize, usize) {
    let opens = |i: usize| rules.clause_breaks.contains_at(tokens, i);
    let start = (a..first).rev().find(|&i| opens(i)).unwrap_or(a);
    let end = (last..b).find(|&i| opens(i)).unwrap_or(b);
    (start, end)
}

/// Whether a future marker ("akan", "dijadwalkan", "will") stands in the clause `a..b`
/// outside the claim's own tokens `first..last`.
pub fn has_future_marker(
    tokens: &[Token],
    rules: &Rules,
    (a, b): (usize, usize),
    first: usize,
    last: usize,
) -> bool {
    (a..b).filter(|&i| i < first || i >= last).any(|i| {
        rules
            .future_markers
            .match_at(tokens, i)
            .is_some_and(|(n, _)| i + n <= b && (i + n <= first || i >= last))
    })
}
