//! Ages: a number right after a person's name that the text marks as the person's age.
//!
//! Works on tokens and the `ages` words of the language files. The forms:
//! - in brackets: `Budi (45 tahun)`, and `Budi (45)` from 10 up (a smaller bare number in
//!   brackets after a name is more often a seed or a rank: `Jonatan Christie (2)`);
//! - after a comma: `Budi, 45 tahun, ...`, and a bare number when a comma or the sentence's
//!   end follows it: `Adam Taju, 72, ...`;
//! - after an age word, maybe after a comma and a `between` word: `Budi, yang berusia 45
//!   tahun`, `Mr Ramesh, aged 40`.
//!
//! Only after a full name or a person's initials (`SAR (25)`, see
//! `names::Finder::initials`): a surname alone may be another member of a family. An age has
//! one or two digits; a number taken by another claim (a date: `Budi, 12 Juni`) is no age.

use crate::claim::Cue;
use crate::extract::names::Mention;
use crate::rules::{EntityKind, EntityRules};
use crate::text::{Token, TokenKind};

/// A person's age: tokens `first..last` (from the bracket, the number or the age word to
/// the unit or closing bracket) after the name of `person` (an index in the mentions).
#[derive(Debug, Clone, PartialEq)]
pub struct FoundAge {
    /// The first token of the age: its bracket, number or age word.
    pub first: usize,
    /// One past its last token: the unit, the number or the closing bracket.
    pub last: usize,
    /// The person's mention, an index in the mentions given to [`find_ages`].
    pub person: usize,
    /// The age in years.
    pub years: u32,
}

/// The ages after the person mentions in `mentions`; `taken` marks tokens of other claims.
pub fn find_ages(
    tokens: &[Token],
    mentions: &[Mention],
    taken: &[bool],
    rules: &EntityRules,
) -> Vec<FoundAge> {
    let reader = Reader {
        t: tokens,
        taken,
        r: rules,
    };
    mentions
        .iter()
        .enumerate()
        // A full name: a surname alone is often another of a family ("Deepak Yadav (49)
        // menembak putrinya, Radhika Yadav (25)").
        .filter(|(_, m)| {
            m.kind == EntityKind::Person
                && m.link.is_none()
                && (matches!(m.cue, Cue::Initials | Cue::Age)
                    || (m.first..m.last)
                        .filter(|&k| tokens[k].kind == TokenKind::Word)
                        .count()
                        >= 2)
        })
        .filter_map(|(person, m)| {
            // "...; John Roberts, 78.": the last of a list of tallies.
            let listed = m.first > 0 && tokens[m.first - 1].is_punct(";");
            let (first, last, years) = reader.after(m.last, listed)?;
            Some(FoundAge {
                first,
                last,
                person,
                years,
            })
        })
        .collect()
}

/// An age in brackets at token `j` ("(45)", "(45 tahun)"), on one line: one past its
/// closing bracket, and the years. A bare number needs two digits ("(2)" is more often a
/// seed or a rank).
pub(crate) fn bracketed(t: &[Token], j: usize, rules: &EntityRules) -> Option<(usize, u32)> {
    if !t.get(j)?.is_punct("(") || t[j].newline {
        return None;
    }
    let reader = Reader {
        t,
        taken: &[],
        r: rules,
    };
    reader.in_brackets(j)
}

/// Whether an age follows a name that ends at token `j` ("Budi Santoso (45)",
/// "Abdelhamid Abaoud, 27, lived ...", "Budi, yang berusia 45 tahun"): the forms of
/// [`find_ages`], asked before the name is a mention.
pub(crate) fn follows(t: &[Token], j: usize, rules: &EntityRules) -> bool {
    let reader = Reader {
        t,
        taken: &[],
        r: rules,
    };
    reader.after(j, false).is_some()
}

struct Reader<'a> {
    t: &'a [Token],
    taken: &'a [bool],
    r: &'a EntityRules,
}

impl Reader<'_> {
    /// The age after a name ending at token `j`: its tokens and its years. After a name
    /// in a list (`listed`), a bare number after a comma is a tally, no age.
    fn after(&self, j: usize, listed: bool) -> Option<(usize, usize, u32)> {
        let t = self.t;
        let tok = t.get(j)?;
        if tok.newline {
            return None;
        }
        if tok.is_punct("(") {
            let (end, years) = self.in_brackets(j)?;
            return Some((j, end, years));
        }
        let mut k = j;
        if tok.is_punct(",") {
            k += 1;
            if let Some((years, end)) = self.number(k) {
                let unit = self.unit(end);
                if unit > 0 {
                    return Some((k, end + unit, years));
                }
                return (!listed && self.ends_phrase(end)).then_some((k, end, years));
            }
        }
        let a = k;
        if let Some((n, _)) = self.r.age_between.match_at(t, k) {
            k += n;
        }
        let (n, _) = self.r.age_before.match_at(t, k)?;
        let (years, end) = self.number(k + n)?;
        Some((a, end + self.unit(end), years))
    }

    /// A whole number of one or two digits at `k` on the line of the token before it, in
    /// no other claim: its value and the token after it.
    fn number(&self, k: usize) -> Option<(u32, usize)> {
        let tok = self.t.get(k)?;
        if tok.kind != TokenKind::Number
            || tok.newline
            || self.taken.get(k).copied().unwrap_or(false)
            || tok.digits() > 2
            || tok.norm.starts_with('0')
        {
            return None;
        }
        let years = tok.norm.parse().ok()?;
        Some((years, k + 1))
    }

    /// The age in brackets opened at `j`: one past its closing bracket, and the years.
    fn in_brackets(&self, j: usize) -> Option<(usize, u32)> {
        let (years, end) = self.number(j + 1)?;
        let unit = self.unit(end);
        let close = self.t.get(end + unit)?;
        (close.is_punct(")") && (unit > 0 || years >= 10)).then_some((end + unit + 1, years))
    }

    /// The length of a unit at `k` ("tahun", "years old"): 0 when there is none.
    fn unit(&self, k: usize) -> usize {
        self.r
            .age_units
            .match_at(self.t, k)
            .filter(|_| !self.t[k].newline)
            .map_or(0, |(n, _)| n)
    }

    /// Whether the number before `k` stands alone in its phrase: a comma, or a full stop
    /// that ends the sentence, follows (not "4.5", "45%", "45-year"; not a semicolon, which
    /// lists tallies: "Stephen Breyer, 87; John Roberts, 78").
    fn ends_phrase(&self, k: usize) -> bool {
        let t = self.t;
        let Some(next) = t.get(k) else {
            return true;
        };
        if next.newline {
            return true;
        }
        next.is_punct(",.") && !next.gap && t.get(k + 1).is_none_or(|x| x.gap || x.newline)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;
    use crate::text::tokenize;

    /// The ages in `text` as (name, years).
    fn ages(text: &str) -> Vec<(String, u32)> {
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(text);
        let found = crate::extract::names::find_entities(&tokens, text, &rules);
        let taken = vec![false; tokens.len()];
        find_ages(&tokens, &found.mentions, &taken, &rules.entities)
            .into_iter()
            .map(|a| {
                let m = &found.mentions[a.person];
                let name = text[tokens[m.first].start..tokens[m.last - 1].end].to_string();
                (name, a.years)
            })
            .collect()
    }

    fn one(name: &str, years: u32) -> Vec<(String, u32)> {
        vec![(name.to_string(), years)]
    }

    #[test]
    fn ages_after_names() {
        let cases = [
            (
                "Kepala Desa Sukamaju Budi Santoso (45) mengatakan warga sudah dievakuasi.",
                one("Budi Santoso", 45),
            ),
            (
                "Korban bernama Siti Aminah (27 tahun) ditemukan di sungai.",
                one("Siti Aminah", 27),
            ),
            (
                "Pengemudi, Agus Salim, 52 tahun, ditahan polisi.",
                one("Agus Salim", 52),
            ),
            (
                "Pengemudi bus, Agus Salim, yang berusia 52 tahun, ditahan polisi.",
                one("Agus Salim", 52),
            ),
            (
                "Among the dead was Adam Taju, 72, a retired teacher.",
                one("Adam Taju", 72),
            ),
            (
                "The captain, Dimitris Papadakis, 54, was detained.",
                one("Dimitris Papadakis", 54),
            ),
            (
                "The survivor, Vishwash Kumar Ramesh, aged 40, spoke to reporters.",
                one("Vishwash Kumar Ramesh", 40),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(ages(text), want, "{text}");
        }
    }

    #[test]
    fn ages_after_initials() {
        // Police reports name suspects by their initials, the age in brackets.
        let cases = [
            (
                "Polisi menangkap 2 tersangka inisial SAR (25) dan DUL (30) di sungai.",
                vec![("SAR".to_string(), 25), ("DUL".to_string(), 30)],
            ),
            (
                "Seorang nenek berinisial MR (82 tahun) ditemukan tewas.",
                one("MR", 82),
            ),
            // After an initials word, one letter is initials too (and a known name's form:
            // tests/entities.rs).
            ("Remaja berinisial J (19) ditangkap.", one("J", 19)),
        ];
        for (text, want) in cases {
            assert_eq!(ages(text), want, "{text}");
        }
        // Traps: one letter alone, a word after a capitalised word (a group's letter), an
        // acronym the article spells out, a bare one-digit number.
        let traps = [
            "Tim itu disebut J (19) oleh warga.",
            "Klasemen Grup AB (12) belum berubah.",
            "Partai Kebangkitan Bangsa (PKB) meraih kursi; PKB (68) disusul partai lain.",
            "Tersangka DUL (3) ditahan.",
        ];
        for text in traps {
            assert_eq!(ages(text), vec![], "{text}");
        }
    }

    #[test]
    fn ages_after_one_word_names() {
        // Victims, suspects and witnesses are often named by one word, their age after it.
        let cases = [
            (
                "Kedua korban bernama Qzani (29) dan Zorian (23) ditemukan tewas.",
                vec![("Qzani".to_string(), 29), ("Zorian".to_string(), 23)],
            ),
            (
                "Seorang penumpang lainnya, Qzarita (44 tahun), selamat.",
                one("Qzarita", 44),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(ages(text), want, "{text}");
        }
        // Traps: a known name (a ranking's points), a month, a word the text writes in
        // lower case, a word with an ending the rules strip, one opening a sentence, one
        // after another capitalised word (a longer name's last word: it needs the longer
        // name), a bare one-digit number.
        let traps = [
            "Indonesia tertinggal dari Vietnam (43) di peringkat dunia.",
            "Hujan turun sejak awal Juni (12) hari lalu.",
            "Menurut data Pasar (12), pasar induk ramai.",
            "Uang itu diserahkan kepada Qzaninya (29) kemarin.",
            "Kemarin hujan. Qzani (29) ditemukan di sungai.",
            "Korban ditemukan oleh Tim Qzani (29) kemarin.",
            "Korban bernama Qzani (3) ditemukan.",
        ];
        for text in traps {
            assert_eq!(ages(text), vec![], "{text}");
        }
    }

    #[test]
    fn numbers_after_names_that_are_no_ages() {
        // (text, the name the number follows): the name is found, the number is no age.
        let traps = [
            // A seed or a rank in brackets.
            (
                "Unggulan kedua, Jonatan Christie (2) melaju ke final.",
                "Jonatan Christie",
            ),
            // A minute of a goal, a count, a year, a range of years, a decimal, a score, a
            // percentage, a date.
            (
                "Gol pembuka dicetak Daichi Kamada (45') lewat sundulan.",
                "Daichi Kamada",
            ),
            (
                "Menurut Kepala BPBD Budi Santoso, 45 orang sudah dievakuasi.",
                "Budi Santoso",
            ),
            (
                "Kata Kepala BPBD Budi Santoso, 2025 adalah tahun yang berat.",
                "Budi Santoso",
            ),
            (
                "Bupati Budi Santoso (2019-2024) hadir di lokasi.",
                "Budi Santoso",
            ),
            (
                "The deal was signed by Prime Minister Keir Starmer, 4.5 billion pounds in all.",
                "Keir Starmer",
            ),
            (
                "Pelatih Patrick Kluivert, 3-0 di babak pertama sudah cukup.",
                "Patrick Kluivert",
            ),
            (
                "said minister Ram Mohan Naidu, 45% of flights were late.",
                "Ram Mohan Naidu",
            ),
            // Votes listed after names, one per semicolon.
            (
                "The Senate confirmed him with votes from Stephen Breyer, 87; John Roberts, 78.",
                "Stephen Breyer",
            ),
            // A surname alone: the daughter of the man named in full before.
            (
                "Kepala Desa Deepak Yadav menembak putrinya, Yadav (25), pada Kamis.",
                "Yadav",
            ),
        ];
        let rules = Rules::builtin().unwrap();
        for (text, name) in traps {
            let tokens = tokenize(text);
            let found = crate::extract::names::find_entities(&tokens, text, &rules);
            let names: Vec<&str> = found
                .mentions
                .iter()
                .map(|m| &text[tokens[m.first].start..tokens[m.last - 1].end])
                .collect();
            assert!(
                names.contains(&name),
                "{name} is a mention in {text}: {names:?}"
            );
            assert_eq!(ages(text), Vec::new(), "{text}");
        }
    }
}
