//! Goal minutes: the minutes of a scorer's goals written right after the player's name, in
//! brackets (`Kamada (15', 45+3')`, `Kamada (menit ke-15 dan 45+6')`) or after it (`Kamada
//! 15', 45+3'`, `Kamada menit ke-15`, `Kamada pada menit ke-15`).
//!
//! Works on tokens, the person mentions of the names and the `numbers.goals` rules; no word
//! of any language is written here. A minute carries a minute mark (`'`, `’`, `′`) or a
//! `minute_words` word before it (in brackets, one such minute makes the others' bare numbers
//! minutes too: `(15’, 45+6)`); stoppage time is `45+2`, `45+2'` or `45'+2`. Minutes are
//! read only:
//! - in a sentence with a goal cue (`gol`, `dicetak`, `scored`) and no `not_goals` word (a
//!   card, a substitution, a chance, a save, a goal disallowed): a line-up's `Daichi Kamada
//!   (Keito Nakamura 46')` and `Kartu kuning: Haye (30')` give none;
//! - when the bracket holds minutes only (with `joiners` and `notes`: `(15' dan 45+6')`,
//!   `(30' pen)`): a name inside it is a substitution;
//! - outside any open bracket of the line (`Sadilek (Kral (77')`: a substitute);
//! - in a sentence with no date before the article's days, no `earlier_markers` word and no
//!   score of another match (see [`super::scores`]): minutes of another meeting.
//!
//! Ages (`(23)`) and clock times (`19.30`) carry no minute mark and are never read.

use crate::claim::GoalMinute;
use crate::extract::names::Mention;
use crate::rules::{EntityKind, Rules};
use crate::text::{Token, TokenKind};

/// The largest regular minute a match reaches (with extra time).
const LAST_MINUTE: u32 = 120;
/// The most minutes of stoppage time written after a half's end.
const MOST_ADDED: u32 = 30;
/// Minute marks written after a minute's number.
const MARKS: &str = "'\u{2019}\u{2032}";

/// One scorer's goal minutes: tokens `first..last` (from the bracket, the minute word or
/// the number to the closing bracket or the last mark) after the name of `person` (an index
/// in the mentions).
#[derive(Debug, Clone, PartialEq)]
pub struct FoundGoals {
    /// The first token of the minutes.
    pub first: usize,
    /// One past their last token.
    pub last: usize,
    /// The scorer's mention, an index in the mentions given to [`find_goals`].
    pub person: usize,
    /// The minutes, sorted by the running clock.
    pub minutes: Vec<GoalMinute>,
}

/// What [`find_goals`] needs of the article besides its tokens and names.
pub struct Marks<'a> {
    /// Sentence starts.
    pub starts: &'a [bool],
    /// Tokens of date claims before the article's days: minutes in their sentence are of an
    /// earlier meeting.
    pub past: &'a [bool],
    /// Tokens of scores of another match ([`super::scores::FoundScore::another`]).
    pub another: &'a [bool],
    /// Tokens of other claims: a number taken is no minute.
    pub taken: &'a [bool],
}

/// The goal minutes after the person mentions in `mentions`, in text order.
pub fn find_goals(
    tokens: &[Token],
    mentions: &[Mention],
    marks: &Marks,
    rules: &Rules,
) -> Vec<FoundGoals> {
    let reader = Reader {
        t: tokens,
        marks,
        r: rules,
    };
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityKind::Person)
        .filter_map(|(person, m)| {
            let (first, last, mut minutes, told) = reader.after(m.last)?;
            if !reader.open_sentence(m.first, last, told) || reader.in_bracket(m.first) {
                return None;
            }
            // "gol Kamada pada menit ke-15": told of the scorer, not of a keeper or a shot.
            if told
                && rules
                    .numbers
                    .goals
                    .scorer_before
                    .match_before(tokens, m.first)
                    .is_none()
            {
                return None;
            }
            GoalMinute::sort(&mut minutes);
            Some(FoundGoals {
                first,
                last,
                person,
                minutes,
            })
        })
        .collect()
}

struct Reader<'a> {
    t: &'a [Token],
    marks: &'a Marks<'a>,
    r: &'a Rules,
}

/// One minute read at a token: one past it, the minute, and whether it was marked (a mark
/// or a minute word).
type Read = (usize, GoalMinute, bool);

impl Reader<'_> {
    /// The minutes after a name ending at token `j`, on its line: their tokens and minutes,
    /// and whether they are told after a `minute_before` word (`Kamada pada menit ke-15`).
    fn after(&self, j: usize) -> Option<(usize, usize, Vec<GoalMinute>, bool)> {
        let t = self.t;
        let tok = t.get(j)?;
        if tok.newline {
            return None;
        }
        if tok.is_punct("(") {
            return self.bracket(j).map(|(a, b, m)| (a, b, m, false));
        }
        // After the name: every minute marked ("Kamada 15', 45+3'"), parted by commas or
        // joiners; a comma before anything else ends the list. A `minute_before` word may
        // come first when a minute word follows it ("Kamada pada menit ke-15").
        let mut k = j;
        let g = &self.r.numbers.goals;
        let told = g.minute_before.match_at(t, j);
        if let Some((n, _)) = told {
            if !g.minute_words.contains_at(t, j + n) || t[j + n].newline {
                return None;
            }
            k = j + n;
        }
        let mut minutes = Vec::new();
        let mut end = j;
        while let Some((next, minute, true)) = self.minute(k) {
            minutes.push(minute);
            end = next;
            match self.separator(next) {
                Some(n) if self.minute(next + n).is_some_and(|m| m.2) => k = next + n,
                _ => break,
            }
        }
        (!minutes.is_empty()).then_some((j, end, minutes, told.is_some()))
    }

    /// The minutes in the bracket opened at `j`: minutes, separators and notes only, one of
    /// them marked; one past the closing bracket, and the minutes.
    fn bracket(&self, j: usize) -> Option<(usize, usize, Vec<GoalMinute>)> {
        let t = self.t;
        let mut k = j + 1;
        let mut minutes = Vec::new();
        let mut marked = false;
        loop {
            let tok = t.get(k)?;
            if tok.newline {
                return None;
            }
            if tok.is_punct(")") {
                break;
            }
            if let Some((next, minute, m)) = self.minute(k) {
                minutes.push(minute);
                marked |= m;
                k = next;
            } else if let Some(n) = self.separator(k) {
                k += n;
            } else if let Some((n, _)) = self.r.numbers.goals.notes.match_at(t, k) {
                k += n;
            } else {
                return None;
            }
        }
        (marked && !minutes.is_empty()).then_some((j, k + 1, minutes))
    }

    /// A comma or a joiner at `k`: its length.
    fn separator(&self, k: usize) -> Option<usize> {
        let tok = self.t.get(k)?;
        if tok.newline {
            return None;
        }
        if tok.is_punct(",") {
            return Some(1);
        }
        self.r
            .numbers
            .goals
            .joiners
            .match_at(self.t, k)
            .map(|(n, _)| n)
    }

    /// A minute at `k`: a minute word maybe before it (`menit ke-15`), its number, a mark
    /// maybe, and stoppage time maybe (`45+2`, `45+2'`, `45'+2`).
    fn minute(&self, k: usize) -> Option<Read> {
        let t = self.t;
        let mut k = k;
        let mut marked = false;
        if let Some((n, _)) = self.r.numbers.goals.minute_words.match_at(t, k) {
            k += n;
            if t.get(k).is_some_and(|x| x.is_punct("-") && !x.gap) {
                k += 1;
            }
            marked = true;
        }
        let base = self.number(k, LAST_MINUTE)?;
        k += 1;
        let mark = |k: usize| t.get(k).is_some_and(|x| x.is_punct(MARKS) && !x.newline);
        if mark(k) {
            marked = true;
            k += 1;
        }
        let mut added = 0;
        if t.get(k).is_some_and(|x| x.is_punct("+") && !x.gap)
            && t.get(k + 1).is_some_and(|x| !x.gap)
        {
            added = self.number(k + 1, MOST_ADDED).filter(|&a| a > 0)?;
            k += 2;
            if mark(k) {
                marked = true;
                k += 1;
            }
        }
        // "15'" glued to a letter or a digit after it is no minute ("15'an").
        if t.get(k)
            .is_some_and(|x| !x.gap && x.kind != TokenKind::Punct)
        {
            return None;
        }
        Some((k, GoalMinute { base, added }, marked))
    }

    /// A whole number from 1 up to `max` at `k`, on the line, in no other claim.
    fn number(&self, k: usize, max: u32) -> Option<u32> {
        let tok = self.t.get(k)?;
        if tok.kind != TokenKind::Number
            || tok.newline
            || tok.norm.starts_with('0')
            || self.marks.taken.get(k).copied().unwrap_or(false)
        {
            return None;
        }
        let n: u32 = tok.norm.parse().ok()?;
        (1..=max).contains(&n).then_some(n)
    }

    /// Whether the sentence of the name (from `first`, its minutes ending at `last`) tells
    /// goals of the article's match: a goal cue, no `not_goals` or `earlier_markers` word, no
    /// date before the article's days and no score of another match; for minutes `told`
    /// after a `minute_before` word, no `setups` word either (`umpan Costa pada menit
    /// ke-11` is the pass's minute).
    fn open_sentence(&self, first: usize, last: usize, told: bool) -> bool {
        let (t, m, g) = (self.t, self.marks, &self.r.numbers.goals);
        let mut a = first.min(m.starts.len().saturating_sub(1));
        while a > 0 && !m.starts[a] {
            a -= 1;
        }
        let mut b = last.max(first + 1);
        while b < t.len() && !m.starts[b] {
            b += 1;
        }
        let b = b.min(t.len());
        (a..b).any(|k| g.cues.contains_at(t, k))
            && !(a..b).any(|k| {
                g.not_goals.contains_at(t, k)
                    || (told && g.setups.contains_at(t, k))
                    || self.r.events.earlier_markers.contains_at(t, k)
                    || m.past.get(k).copied().unwrap_or(false)
                    || m.another.get(k).copied().unwrap_or(false)
            })
    }

    /// Whether a bracket opened before `k` on its line is still open there (`Sadilek (Kral
    /// (77')`: a substitute in a line-up).
    fn in_bracket(&self, k: usize) -> bool {
        let t = self.t;
        let mut depth = 0i32;
        let mut i = k;
        while i > 0 {
            i -= 1;
            if t[i].is_punct(")") {
                depth -= 1;
            } else if t[i].is_punct("(") {
                depth += 1;
            }
            if t[i].newline {
                break;
            }
        }
        depth > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The goal minutes in `text` as (name, minutes).
    fn goals(text: &str) -> Vec<(String, String)> {
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(text);
        let found = crate::extract::names::find_entities(&tokens, text, &rules);
        let sentences = super::super::context::Sentences::new(&tokens, &rules);
        let starts: Vec<bool> = (0..tokens.len()).map(|k| sentences.starts_at(k)).collect();
        let none = vec![false; tokens.len()];
        let marks = Marks {
            starts: &starts,
            past: &none,
            another: &none,
            taken: &none,
        };
        find_goals(&tokens, &found.mentions, &marks, &rules)
            .into_iter()
            .map(|g| {
                let m = &found.mentions[g.person];
                let name = text[tokens[m.first].start..tokens[m.last - 1].end].to_string();
                (name, GoalMinute::list(&g.minutes))
            })
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn minutes_after_scorers_names() {
        let cases = [
            (
                "Gol-gol tim tamu datang dari Budi Hartono (11', 45'+4), Andi Wirawan (21', 59') dan Rudi Salim (31').",
                pairs(&[
                    ("Budi Hartono", "11, 45+4"),
                    ("Andi Wirawan", "21, 59"),
                    ("Rudi Salim", "31"),
                ]),
            ),
            (
                "Lima gol dicetak oleh Andi Wirawan (21\u{2019}, 58\u{2019}) dan Rudi Salim (45+4\u{2019}).",
                pairs(&[("Andi Wirawan", "21, 58"), ("Rudi Salim", "45+4")]),
            ),
            (
                "Tiga gol lahir lewat brace Tomas Kirana (menit ke-15 dan 45+6') dan Joko Lestari (19').",
                pairs(&[("Tomas Kirana", "15, 45+6"), ("Joko Lestari", "19")]),
            ),
            (
                "Gawang tuan rumah dibobol oleh Tomas Kirana (15\u{2019}, 45+6) pada laga itu.",
                pairs(&[("Tomas Kirana", "15, 45+6")]),
            ),
            (
                "Gol kemenangan dicetak Andi Wirawan 21', 59' di laga itu.",
                pairs(&[("Andi Wirawan", "21, 59")]),
            ),
            (
                "Gol pembuka dicetak Tomas Kirana 15 ' dari jarak dekat.",
                pairs(&[("Tomas Kirana", "15")]),
            ),
            (
                "Satu-satunya gol dicetak Tomas Kirana menit ke-15 lewat sundulan.",
                pairs(&[("Tomas Kirana", "15")]),
            ),
            (
                "The goals came from Jeremy Dale (42') and Harry Stone (12', 90+3' pen).",
                pairs(&[("Jeremy Dale", "42"), ("Harry Stone", "12, 90+3")]),
            ),
            (
                "Gol pertama dicetak oleh Joko Lestari pada menit ke-42.",
                pairs(&[("Joko Lestari", "42")]),
            ),
            (
                "Gol tambahan datang dari kaki Joko Lestari di menit ke-55.",
                pairs(&[("Joko Lestari", "55")]),
            ),
            (
                "Gol Tomas Kirana (30\u{2032}) jadi penentu.",
                pairs(&[("Tomas Kirana", "30")]),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(goals(text), want, "{text}");
        }
    }

    #[test]
    fn minutes_that_are_no_goals() {
        // Each trap has a goal cue: what keeps its minutes from being goals is another rule.
        let traps = [
            // Substitutions in a line-up: a name inside the bracket, a bracket left open.
            "Pencetak gol: Tomas Kirana (Joko Lestari 46'), Andi Wirawan (Rudi Salim 69').",
            "Gol: Jan Kowal, Petr Sadil (Karel Novak (77'), Josef Dvor (Ivan Holy 88').",
            // A line-up with no goal cue.
            "Indonesia: Budi Hartono, Andi Pratama (Wirawan 60'), Rudi Salim (70').",
            // Cards, chances and saves, a goal disallowed.
            "Kartu kuning diterima Andi Wirawan (30') sebelum gol pertama.",
            "Gol Andi Wirawan (30') dianulir karena offside.",
            "Peluang emas Andi Wirawan (66') digagalkan kiper sebelum gol kedua.",
            "Andi Wirawan (30') was booked before the first goal.",
            // An age, a clock time.
            "Gol dicetak Andi Wirawan (23) dari titik penalti.",
            "Gol dicetak Andi Wirawan pukul 19.30 WIB.",
            // A scorer named with no scorer_before word right before ("dan Joko Lestari").
            "Dua gol dicetak oleh Tomas Kirana saat laga baru berjalan dua menit dan Joko Lestari pada menit ke-42.",
            // A chance at a minute; a minute that is no goal's after a minute_before word.
            "Tomas Kirana punya kans mencetak gol pada menit ke-72.",
            "Gol lahir setelah Tomas Kirana pada 30' maju.",
            // The minute of a pass or a foul that set a goal up; a keeper's minute, a shot's.
            "Gol lahir lewat umpan Tomas Kirana pada menit ke-30.",
            "Gol penalti lahir setelah Tomas Kirana dilanggar oleh Joko Lestari pada menit ke-30.",
            "Gol Eder bersarang ke gawang Tomas Kirana pada menit ke-109.",
            "Ia menahan sepakan Tomas Kirana di menit 53 sebelum gol itu.",
            // Minutes of an earlier meeting.
            "Sebelumnya, gol Andi Wirawan (30') memenangkan laga pertama.",
            // A minute glued to letters, a number too large for a minute.
            "Gol dicetak Andi Wirawan (30'an) dari jarak jauh.",
            "Gol dicetak Andi Wirawan (150') dari jarak jauh.",
        ];
        for text in traps {
            assert_eq!(goals(text), Vec::new(), "{text}");
        }
    }
}
