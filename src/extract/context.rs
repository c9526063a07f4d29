//! Sentences and clause context: which words a claim qualifies, and whether its clause
//! speaks of the future.

use crate::rules::Rules;
use crate::text::{Token, TokenKind};

/// Sentence boundaries over a token list: `ends[k]` is true when a sentence ends after
/// token `k`. A sentence ends at `.`, `!`, `?`, `;` followed by a space (a `.` after an
/// abbreviation from the rules or a single letter does not end one), and at a line break,
/// unless the line break only wraps a sentence: no blank line, the line does not end in
/// punctuation, and the next line goes on with a lower-case word. A run of more than
/// `max_sentence_tokens` tokens (setting) without an end is cut there, so text with no
/// punctuation (a list, a corrupt file) does not make every claim read the whole article.
pub struct Sentences {
    ends: Vec<bool>,
}

impl Sentences {
    /// Finds where each sentence of `tokens` ends, cutting a run longer than the
    /// `max_sentence_tokens` setting.
    pub fn new(tokens: &[Token], rules: &Rules) -> Self {
        let max = rules.settings.max_sentence_tokens;
        let mut start = 0;
        let ends = (0..tokens.len())
            .map(|k| {
                let end = Self::ends_after(tokens, rules, k) || k + 1 - start >= max;
                if end {
                    start = k + 1;
                }
                end
            })
            .collect();
        Sentences { ends }
    }

    /// Whether the text ends a sentence after token `k`.
    fn ends_after(tokens: &[Token], rules: &Rules, k: usize) -> bool {
        let t = &tokens[k];
        let Some(next) = tokens.get(k + 1) else {
            return true;
        };
        if next.newline {
            let wraps = !next.blank_line
                && (t.kind != TokenKind::Punct || t.norm == ",")
                && next.kind == TokenKind::Word
                && !next.capital;
            return !wraps;
        }
        if t.kind != TokenKind::Punct || !next.gap {
            return false;
        }
        match t.norm.as_str() {
            "!" | "?" | ";" | "…" => true,
            "." => match k.checked_sub(1).map(|p| &tokens[p]) {
                Some(prev) if prev.kind == TokenKind::Word => {
                    !(rules.abbreviations.contains(prev.norm.as_str())
                        || prev.norm.chars().count() == 1)
                }
                _ => true,
            },
            _ => false,
        }
    }

    /// Whether token `k` opens a sentence.
    pub fn starts_at(&self, k: usize) -> bool {
        k == 0 || self.ends.get(k - 1).copied().unwrap_or(false)
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
/// clause-opening words of the rules ("yang", "bahwa", "which"); a clause opened by such a
/// word inside the sentence also ends at the next comma ("which began in 2022, will ...").
pub fn clause(
    tokens: &[Token],
    rules: &Rules,
    (a, b): (usize, usize),
    first: usize,
    last: usize,
) -> (usize, usize) {
    let opens = |i: usize| rules.clause_breaks.contains_at(tokens, i);
    let start = (a..first).rev().find(|&i| opens(i));
    let end = (last..b)
        .find(|&i| opens(i) || (start.is_some() && tokens[i].is_punct(",")))
        .unwrap_or(b);
    (start.unwrap_or(a), end)
}

/// Whether the clause `(a, b)` speaks of the future for the claim at `first..last`: a
/// future marker ("akan", "dijadwalkan", "will") stands before the claim in the clause, or
/// after it when the claim opens the clause ("Pada 2030, Indonesia akan ...") with only
/// cue words and punctuation before it.
pub(crate) fn has_future_marker(
    tokens: &[Token],
    rules: &Rules,
    (a, b): (usize, usize),
    first: usize,
    last: usize,
) -> bool {
    let marker_at = |i: usize, lo: usize, hi: usize| {
        rules
            .future_markers
            .match_at(tokens, i)
            .is_some_and(|(n, _)| i >= lo && i + n <= hi)
    };
    // A quoted sentence that closes before the date is what someone said, not the date's
    // clause: "\"Kami akan menggelar rapat,\" kata Budi, Kamis" is Thursday past. Only markers
    // after its closing mark (a quotation mark right after `,` `.` `!` `?`) count; a quoted
    // name or term ("akan memulai program \"Sekolah Rakyat\" pada September") closes nothing.
    let quote = |i: usize| {
        tokens[i].kind == TokenKind::Punct
            && tokens[i].is_punct("\"\u{201c}\u{201d}\u{201e}\u{ab}\u{bb}")
    };
    let from = (a + 1..first)
        .rev()
        .find(|&i| quote(i) && tokens[i - 1].is_punct(",.!?"))
        .map_or(a, |q| q + 1);
    if (from..first).any(|i| marker_at(i, from, first)) {
        return true;
    }
    let mut k = a;
    while k < first {
        if tokens[k].kind == TokenKind::Punct {
            k += 1;
        } else if let Some((n, _)) = rules.year_cues.match_at(tokens, k) {
            k += n;
        } else if let Some((n, _)) = rules.weekday_cues.match_at(tokens, k) {
            k += n;
        } else {
            break;
        }
    }
    let opens_clause = k >= first;
    opens_clause && (last..b).any(|i| marker_at(i, last, b))
}
