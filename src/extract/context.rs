//! Sentences and clause context: which words a claim qualifies, and whether its clause
//! speaks of the future.

use crate::rules::{Rules, TextRules};
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
                let end = Self::ends_after(tokens, &rules.text, k) || k + 1 - start >= max;
                if end {
                    start = k + 1;
                }
                end
            })
            .collect();
        Sentences { ends }
    }

    /// Whether the text ends a sentence after token `k`.
    fn ends_after(tokens: &[Token], rules: &TextRules, k: usize) -> bool {
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
        if t.kind != TokenKind::Punct {
            return false;
        }
        if !next.gap {
            return t.norm == "." && Self::glued_end(tokens, rules, k);
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

    /// Whether the full stop at token `k`, with no space after it, ends a sentence: text
    /// copied from web pages loses the space between two sentences ("... di rumah
    /// dinasnya, Selasa (12/6/2012).Menyoal pertandingan lain ..."). The next word is
    /// capitalised, not in capitals, of three letters or more, and no address goes on
    /// after it; before the stop stands a closing bracket or quote, a number of two digits
    /// or more, or a word of two letters or more that is no abbreviation: an initial
    /// ("M.Ridwan"), a degree ("S.Pd") or an address ("Kompas.com") ends nothing. An opening
    /// quote glued between the stop and the word is the next sentence's (`kerugian."Total`).
    fn glued_end(tokens: &[Token], rules: &TextRules, k: usize) -> bool {
        // An opening quote may stand between the stop and the word, glued to both
        // (`kerugian."Total 20 bus ...`).
        let quote = tokens
            .get(k + 1)
            .is_some_and(|q| q.is_punct("\"\u{201c}") && tokens.get(k + 2).is_some_and(|w| !w.gap));
        let at = k + 1 + usize::from(quote);
        let (Some(prev), Some(next)) = (k.checked_sub(1).map(|p| &tokens[p]), tokens.get(at))
        else {
            return false;
        };
        let word = next.kind == TokenKind::Word
            && next.capital
            && !next.caps
            && next.norm.chars().count() >= 3
            && !tokens
                .get(at + 1)
                .is_some_and(|a| !a.gap && a.is_punct("./@_"));
        let before = match prev.kind {
            TokenKind::Punct => prev.is_punct(")\"\u{201d}"),
            TokenKind::Number => prev.norm.len() >= 2,
            TokenKind::Word => {
                prev.norm.chars().count() >= 2 && !rules.abbreviations.contains(prev.norm.as_str())
            }
        };
        word && before
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
pub(crate) fn clause(
    tokens: &[Token],
    rules: &TextRules,
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

/// The number of tokens of the marker of `set` at token `k`, when its first word is
/// written as a word: an acronym in capitals ("Waktu Arab Saudi (WAS)") is no marker
/// ("was").
pub(crate) fn marker_len<T: Clone>(
    set: &crate::rules::PhraseSet<T>,
    tokens: &[Token],
    k: usize,
) -> Option<usize> {
    if tokens.get(k)?.caps {
        return None;
    }
    set.match_at(tokens, k).map(|(n, _)| n)
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
        marker_len(&rules.dates.future_markers, tokens, i).is_some_and(|n| i >= lo && i + n <= hi)
    };
    // A future word right after the date ("pada 16 Juni 2025 mendatang", "Selasa 10 Juni
    // 2025 besok"): the `name_modifiers` that point ahead.
    let ahead = rules
        .dates
        .name_modifiers
        .match_at(tokens, last)
        .is_some_and(|(_, m)| {
            m.position == crate::rules::Position::After
                && m.direction == crate::rules::Toward::Future
        });
    if ahead && !tokens[last].caps {
        return true;
    }
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
    // Before the date, the clause may open with its opening word ("bahwa pada 16 Juni
    // ...") and `connectives` that tell no time ("Namun pada 2026, akan ...", "Kemudian
    // pada ..."); a word of telling does not ("kata dia pada Senin, pemerintah akan ...":
    // the day of the statement).
    let mut k = a;
    while k < first {
        if tokens[k].kind == TokenKind::Punct {
            k += 1;
        } else if let Some(n) = (k == a)
            .then(|| marker_len(&rules.text.clause_breaks, tokens, k))
            .flatten()
            .or_else(|| marker_len(&rules.dates.connectives, tokens, k))
        {
            k += n;
        } else if let Some((n, _)) = rules.dates.year_cues.match_at(tokens, k) {
            k += n;
        } else if let Some((n, _)) = rules.dates.weekday_cues.match_at(tokens, k) {
            k += n;
        } else {
            break;
        }
    }
    let opens_clause = k >= first;
    opens_clause && (last..b).any(|i| marker_at(i, last, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The sentences of `text`, as their texts.
    fn sentences(text: &str) -> Vec<String> {
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(text);
        let s = Sentences::new(&tokens, &rules);
        let mut out = Vec::new();
        let mut k = 0;
        while k < tokens.len() {
            let (a, b) = s.around(k, k + 1);
            out.push(text[tokens[a].start..tokens[b - 1].end].to_string());
            k = b;
        }
        out
    }

    #[test]
    fn a_full_stop_glued_to_the_next_sentence_ends_one() {
        assert_eq!(
            sentences("Qzar datang, Selasa (12/6/2012).Menyoal laga lain, ia diam."),
            [
                "Qzar datang, Selasa (12/6/2012).",
                "Menyoal laga lain, ia diam."
            ]
        );
        assert_eq!(
            sentences("Harga naik pada 2025.Namun Qzar diam."),
            ["Harga naik pada 2025.", "Namun Qzar diam."]
        );
        assert_eq!(
            sentences("Kata Qzar tersebut.Baca juga berita lain."),
            ["Kata Qzar tersebut.", "Baca juga berita lain."]
        );
        // An opening quote glued between the stop and the word opens the next sentence.
        assert_eq!(
            sentences("Qzar belum menaksir kerugian.\"Total 20 bus terbakar,\" ujarnya."),
            [
                "Qzar belum menaksir kerugian.",
                "\"Total 20 bus terbakar,\" ujarnya."
            ]
        );
        // Traps: an initial, a degree, an address, capitals and a short word end nothing.
        for one in [
            "Kata dia tersebut.\"QZ menolak.",
            "Kata M.Qzarudin kepada wartawan.",
            "Ibu Qzara S.Pd mengajar di sana.",
            "Dikutip dari Qzarnews.Com/berita hari ini.",
            "Harga naik 2.Qz turun lagi.",
            "Kata dia tersebut.QZ menolak.",
            "Kata dia tersebut.Ya benar.",
            "Ibadah dipimpin Pdt.Qzarus Pardede di gereja.",
        ] {
            assert_eq!(sentences(one), [one], "{one}");
        }
    }
}
